/// Something wrong with a document, with where it was found.
public struct FeedDiagnostic: Codable, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Hashable, Sendable {
        /// The document is not well-formed; items were read in recovery mode.
        case error
        /// Readable but suspect (encoding guessed, undeclared prefix, bad date...).
        case warning
    }
    public var severity: Severity
    /// 1-based line, 0 when unknown.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    public var message: String

    public init(severity: Severity, line: Int, column: Int, message: String) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(line):\(column): \(severity.rawValue): \(message)"
    }
}
