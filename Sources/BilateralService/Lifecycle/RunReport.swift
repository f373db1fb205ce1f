/// What a `bilateral run --once` left undone, for its exit status: a script
/// or timer running it must learn that a file was not handled, rather than
/// read exit 0 (the next run tries again).
public struct RunReport: Sendable, Equatable {
    /// Inbox files (relative to the inbox) that could not be handled, and why.
    public var unhandledFiles: [String: String] = [:]

    public init(unhandledFiles: [String: String] = [:]) {
        self.unhandledFiles = unhandledFiles
    }

    /// Whether everything found was handled.
    public var isComplete: Bool { unhandledFiles.isEmpty }

    /// The exit status of `run --once` when something was left undone (EX_TEMPFAIL: try again later).
    public static let incompleteExitStatus: Int32 = 75
}
