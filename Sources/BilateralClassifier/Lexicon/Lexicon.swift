import Foundation

/// Everything the classifier knows, read from lexicon files (FORMAT.md):
/// actors and their aliases, ambiguity rules, topics and their cues,
/// relation cues, compiled into one phrase automaton. Immutable and
/// `Sendable`; load a fresh one to pick up edited files.
public struct Lexicon: Sendable {
    /// The engine part of `version`; bump it when scoring changes.
    /// 1.1: an item's title is read once when its text already starts with it (the daemon,
    /// `classify` and `reclassify` read it twice: a title's mentions counted double).
    /// 1.2: a run of more than `Segmenter.maxSentenceWords` words without a sentence end is
    /// read in pieces (one such item took minutes and gigabytes).
    public static let engineVersion = "bilateral-classifier-1.2"

    /// The lexicons shipped with the library (the bundle folder `lexicons`).
    public static var shippedDirectory: URL? {
        Bundle.module.url(forResource: "lexicons", withExtension: nil)
    }

    /// The folders to read: the shipped lexicons first (unless `shipped` is
    /// false), then `user`, in order.
    /// - Throws: `LexiconError` when the shipped lexicons are asked for but
    ///   missing from the build (the resource bundle is not beside the executable).
    public static func folders(shipped: Bool = true, user: [URL]) throws -> [URL] {
        guard shipped else { return user }
        guard let directory = shippedDirectory else {
            throw LexiconError(file: "", line: 0, message: "the shipped lexicons are missing: install the "
                + "bilateral_BilateralClassifier.resources bundle beside the executable")
        }
        return [directory] + user
    }

    /// `ENGINE+LEXHASH`: the engine version and the FNV-1a-64 of every
    /// lexicon file read (relative names and bytes), in reading order.
    public var version: String
    /// What was loaded, for `bilateral lexicon check`.
    public var statistics: LexiconStatistics
    let tables: CompiledLexicon

    /// Loads every `*.lex` file under each directory, in order (the files of
    /// one directory in name order of their relative paths); later records
    /// override earlier ones as FORMAT.md says. Pass
    /// `Lexicon.folders(user:)` for the usual setup.
    /// - Parameter directories: lexicon folders, read in this order.
    /// - Throws: `LexiconError` naming the file and line of the first problem,
    ///   or for an unreadable folder or file.
    public static func load(directories: [URL]) throws -> Lexicon {
        var builder = LexiconBuilder()
        var hash = FNV1a64()
        var fileCount = 0
        var folderOfFile: [String: String] = [:]
        do {
            for directory in directories {
                for file in try LexiconFiles.list(in: directory) {
                    folderOfFile[file] = directory.path
                    let bytes = try LexiconFiles.read(file, in: directory)
                    hash.add(Array(file.utf8))
                    hash.add([0])
                    hash.add(bytes)
                    try parse(bytes, file: file, into: &builder)
                    fileCount += 1
                }
            }
            try builder.validate()
        } catch var error as LexiconError {
            if error.folder == nil { error.folder = folderOfFile[error.file] }
            throw error
        }
        var compiler = LexiconCompiler()
        let tables = compiler.compile(builder)
        let statistics = LexiconStatistics(
            files: fileCount, actors: tables.actors.count, aliases: builder.aliases.count,
            topics: tables.topics.count, cues: builder.cues.count, rules: builder.rules.count,
            phrases: tables.phrases.count, words: tables.vocabulary.count)
        return Lexicon(version: "\(engineVersion)+\(hash.hex)", statistics: statistics, tables: tables)
    }

    private static func parse(_ bytes: [UInt8], file: String, into builder: inout LexiconBuilder) throws {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LexiconError(file: file, line: 0, message: "not UTF-8 text")
        }
        var number = 0
        for line in text[...].split(byte: UInt8(ascii: "\n")) {
            number += 1
            let location = LexiconLocation(file: file, line: number)
            if let record = try LexiconLineParser(location: location).parse(line) {
                builder.apply(record, at: location)
            }
        }
    }
}

/// Counts of what a `Lexicon` holds.
public struct LexiconStatistics: Sendable, Hashable, Codable {
    public var files: Int
    public var actors: Int
    public var aliases: Int
    public var topics: Int
    public var cues: Int
    public var rules: Int
    /// Distinct normalised phrases in the automaton.
    public var phrases: Int
    /// Distinct words in the automaton's vocabulary.
    public var words: Int
}

/// 64-bit FNV-1a.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
