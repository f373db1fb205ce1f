import Foundation

/// A document from which nothing at all could be read, with where and why.
///
/// Thrown only when no feed can be returned: the file cannot be read, is empty, is not XML,
/// has no feed root element, or its decompressed size passes the configured cap.
public struct FeedError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// What kind of failure; can grow without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// The file could not be opened or read.
        public static let unreadable = Code(name: "unreadable")
        /// The document has no bytes.
        public static let empty = Code(name: "empty")
        /// libxml2 could not read any element.
        public static let notXML = Code(name: "not XML")
        /// The root element is not RSS, RDF, Atom or CDF.
        public static let noFeedRoot = Code(name: "no feed root")
        /// The decompressed size passed `FeedReaderOptions.maxDecompressedBytes`, or gzip data is corrupt.
        public static let decompression = Code(name: "decompression")
        /// A data file of the reader's (the charset guessing table) is not valid.
        public static let invalidData = Code(name: "invalid data")
        public var description: String { name }
    }

    public var code: Code
    /// The file path, or `<data>` / `<stdin>`.
    public var file: String
    /// 1-based line, 0 when unknown.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    /// libxml2's message, or ours.
    public var message: String

    public init(_ code: Code, file: String, line: Int = 0, column: Int = 0, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "feeds: \(file):\(line):\(column): \(code): \(message)"
    }

    public var errorDescription: String? { description }
}
