/// A configuration problem, naming the key and where it was found
/// (`/etc/bilateral/bilateral.yaml:12:3: watch.poll_interval: expected ...`).
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, or `environment` for a `BILATERAL_*` variable.
    public var source: String
    /// 1-based line in the file, when known.
    public var line: Int?
    public var column: Int?
    /// The dotted key (or environment variable), empty for a file-level problem.
    public var key: String
    public var message: String

    public init(source: String, line: Int? = nil, column: Int? = nil, key: String, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    public var description: String {
        var place = source
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
    }
}

/// All the problems found in one configuration, reported together.
public struct ConfigurationErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [ConfigurationError]

    public init(_ errors: [ConfigurationError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
