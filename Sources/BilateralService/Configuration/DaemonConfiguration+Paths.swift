import Foundation

extension DaemonConfiguration {
    /// The folders and files the daemon uses, resolved against the working directory.
    public struct Paths: Sendable, Equatable {
        public var root: URL
        public var inbox: URL
        public var out: URL
        public var failed: URL
        public var state: URL
        public var database: URL
    }

    /// `watch.*` and `store.database` as absolute URLs; a subfolder that is
    /// absolute is used as is, a relative one is taken under `watch.root`;
    /// a relative `store.database` is taken from the working directory.
    public func paths(workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> Paths {
        let root = Self.resolve(watch.root, against: workingDirectory)
        let state = Self.resolve(watch.state, against: root)
        let database = store.database.map { Self.resolve($0, against: workingDirectory) }
            ?? state.appendingPathComponent("bilateral.sqlite")
        return Paths(root: root, inbox: Self.resolve(watch.inbox, against: root),
                     out: Self.resolve(watch.out, against: root),
                     failed: Self.resolve(watch.failed, against: root),
                     state: state, database: database)
    }

    static func resolve(_ path: String, against base: URL) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
        return base.appendingPathComponent(expanded).standardizedFileURL
    }
}
