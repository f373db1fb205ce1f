/// What a `bilateral run --once` left undone, for its exit status: a script
/// or timer running it must learn that a file was not handled or an output
/// not written, rather than read exit 0 (the next run tries again).
public struct RunReport: Sendable, Equatable {
    /// Inbox files (relative to the inbox) that could not be handled, and why.
    public var unhandledFiles: [String: String] = [:]
    /// Outputs (`jsonl`, `atom`) whose last write failed, and why.
    public var outputsBehind: [String: String] = [:]

    /// The names of the outputs in `outputsBehind`.
    public static let jsonl = "JSON Lines", atom = "Atom feeds"

    public init(unhandledFiles: [String: String] = [:], outputsBehind: [String: String] = [:]) {
        self.unhandledFiles = unhandledFiles
        self.outputsBehind = outputsBehind
    }

    /// Whether everything found was handled and written.
    public var isComplete: Bool { unhandledFiles.isEmpty && outputsBehind.isEmpty }

    /// The exit status of `run --once` when something was left undone (EX_TEMPFAIL: try again later).
    public static let incompleteExitStatus: Int32 = 75
}
