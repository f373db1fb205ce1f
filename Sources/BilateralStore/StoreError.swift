/// Errors of the store, each naming the database or output file concerned
/// and, when there is one, what to do about it.
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What kind of failure this is; more kinds may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        /// Another connection (usually another bilateral process) holds the lock.
        public static let locked = Code(name: "locked")
        /// The file is not a SQLite database or is corrupt.
        public static let damaged = Code(name: "damaged")
        /// The database was migrated by a newer bilateral than this one.
        public static let tooNew = Code(name: "tooNew")
        /// The database cannot be opened or created (permissions, missing folder).
        public static let cannotOpen = Code(name: "cannotOpen")
        /// Any other SQLite failure.
        public static let sqlite = Code(name: "sqlite")
        /// A failure reading or writing an output file.
        public static let io = Code(name: "io")
        /// A caller passed something the store cannot accept.
        public static let invalid = Code(name: "invalid")
        public var description: String { name }
    }

    /// The database or output file concerned.
    public var path: String
    /// What happened, with SQLite's own message and code when it came from SQLite.
    public var message: String
    public var code: Code

    public init(path: String, message: String, code: Code = .sqlite) {
        self.path = path
        self.message = message
        self.code = code
    }

    public var description: String { "store: \(path): \(message)" }
}
