#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The daemon's folders made ready at start-up: each created when missing,
/// then checked. A folder that is a file or cannot be created, an inbox this
/// user cannot list, or a database folder it cannot write stops the start
/// with a message naming the configuration key, the path and what is wrong,
/// instead of a Foundation error (`Code=516`) or a daemon that reports READY
/// and reads nothing. An out/ or failed/ it cannot write is only said: the
/// database still takes every item, and the outputs and copies catch up once
/// the folder is fixed (see `FileOutcome.blocked`, `RunReport`).
enum WatchFolders {
    /// One folder: its configuration key, its path, and what the daemon does with it.
    struct Folder {
        var key: String
        var url: URL
        /// True for the inbox (listed and read), false for the folders it writes.
        var readOnly: Bool
        /// Whether the daemon can run without writing here (out/, failed/: a warning, not an error).
        var optional = false
    }

    static func folders(_ paths: DaemonConfiguration.Paths) -> [Folder] {
        [Folder(key: "watch.root", url: paths.root, readOnly: true),
         Folder(key: "watch.inbox", url: paths.inbox, readOnly: true),
         Folder(key: "watch.out", url: paths.out, readOnly: false, optional: true),
         Folder(key: "watch.failed", url: paths.failed, readOnly: false, optional: true),
         Folder(key: "watch.state", url: paths.state, readOnly: false),
         Folder(key: "store.database", url: paths.database.deletingLastPathComponent(), readOnly: false)]
    }

    /// Creates and checks every folder of `paths`.
    /// - Returns: warnings for the folders the daemon can run without writing.
    /// - Throws: `ServiceError` for the first folder that cannot be used.
    static func prepare(_ paths: DaemonConfiguration.Paths) throws -> [ServiceError] {
        try folders(paths).compactMap { try prepare($0) }
    }

    /// Creates and checks the state folder alone: the daemon's lock is taken there before
    /// anything else is set up (`prepare(_:)` then checks it again with the others).
    static func prepareState(_ paths: DaemonConfiguration.Paths) throws {
        _ = try prepare(Folder(key: "watch.state", url: paths.state, readOnly: false))
    }

    /// nil, or the problem of an optional folder.
    static func prepare(_ folder: Folder) throws -> ServiceError? {
        let path = folder.url.path
        let user = "this user (uid \(getuid()))"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ServiceError(path, "\(folder.key): exists and is not a folder; move it away or set \(folder.key) to another path")
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
            } catch {
                throw ServiceError(path, "\(folder.key): cannot create the folder as \(user): \(ServiceError.reason(of: error))")
            }
        }
        if access(path, R_OK | X_OK) != 0 {
            throw ServiceError(path, "\(folder.key): \(user) cannot list this folder (\(String(cString: strerror(errno))))")
        }
        if !folder.readOnly && access(path, W_OK | X_OK) != 0 {
            let problem = ServiceError(path, "\(folder.key): \(user) cannot write in this folder (\(String(cString: strerror(errno))))")
            guard folder.optional else { throw problem }
            return ServiceError(path, problem.message + "; items are stored, and what goes here waits until it can be written")
        }
        return nil
    }
}
