import Foundation

/// Lists the feed files of the inbox: the start-up scan, the rescan after
/// an inotify overflow, and the periodic poll.
public struct InboxScanner: Sendable {
    public var inbox: URL
    public var filter: InboxFileFilter
    public var followSymlinks: Bool

    public init(inbox: URL, filter: InboxFileFilter, followSymlinks: Bool) {
        self.inbox = inbox
        self.filter = filter
        self.followSymlinks = followSymlinks
    }

    /// Names of the regular files (and, if allowed, links to them) that pass the filter, sorted.
    /// - Throws: when the inbox cannot be listed.
    public func scan() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: inbox.path)
            .filter { filter.accepts($0) && isReadableFile($0) }
            .sorted()
    }

    /// Whether `name` is a regular file, or a link to one when links are followed.
    public func isReadableFile(_ name: String) -> Bool {
        let path = inbox.appendingPathComponent(name).path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let type = attributes[.type] as? FileAttributeType else { return false }
        if type == .typeRegular { return true }
        guard type == .typeSymbolicLink, followSymlinks,
              let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return false }
        let resolved = target.hasPrefix("/") ? target : inbox.appendingPathComponent(target).path
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
