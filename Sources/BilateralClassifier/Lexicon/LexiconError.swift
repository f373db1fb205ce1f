import Foundation

/// A lexicon file that cannot be used: the file (relative to its lexicon
/// folder), the line (1-based, 0 when the whole file is concerned) and what
/// is wrong. `description` reads `actors/ru.lex:12: unknown actor code 'RUS'`.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// Path of the file, relative to the lexicon folder it was read from.
    public var file: String
    /// 1-based line number, or 0 for the whole file.
    public var line: Int
    /// What is wrong, without the location.
    public var message: String
    /// The lexicon folder the file was read from (nil when not known).
    public var folder: String?

    public init(file: String, line: Int, message: String, folder: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.folder = folder
    }

    /// `description` with the file's full path when the folder is known.
    public var fullDescription: String {
        guard let folder else { return description }
        let path = folder.hasSuffix("/") ? folder + file : folder + "/" + file
        return line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }

    public var errorDescription: String? { "lexicon: \(description)" }
}

/// Where a lexicon record comes from.
struct LexiconLocation: Sendable, Hashable {
    var file: String
    var line: Int

    func error(_ message: String) -> LexiconError {
        LexiconError(file: file, line: line, message: message)
    }
}
