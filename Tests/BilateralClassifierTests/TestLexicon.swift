import Foundation
import Testing
@testable import BilateralClassifier

/// The fictional test lexicons of Fixtures/ and small temporary ones.
enum TestLexicon {
    static func folder(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    /// Fixtures/testlex, loaded once per call (cheap).
    static func standard() throws -> Lexicon {
        try Lexicon.load(directories: [folder("testlex")])
    }

    static func classifier() throws -> Classifier {
        Classifier(lexicon: try standard())
    }

    /// `text` (and `title`) read with the standard test lexicon, undated.
    static func classify(_ text: String, title: String? = nil) throws -> Classification {
        try classifier().classify(title: title, text: text, date: nil)
    }

    /// A temporary lexicon folder with `files` (relative path → content).
    static func temporary(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("testlex-\(UUID().uuidString)")
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return root
    }

    /// The error of loading `files` (after Fixtures/testlex), or nil.
    static func error(_ files: [String: String]) throws -> LexiconError? {
        let folder = try temporary(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try Lexicon.load(directories: [Self.folder("testlex"), folder])
            return nil
        } catch let error as LexiconError {
            return error
        }
    }

    static func date(_ text: String) -> Date {
        let day = DayNumber.parse(text, end: false)!
        return Date(timeIntervalSince1970: Double(day) * 86_400 + 43_200)
    }
}

extension Classification {
    var codes: [String] { countries.map(\.code) }
    var pairs: [String] { dyads.map(\.pair) }

    func topics(of pair: String) -> [String] {
        dyads.first { $0.pair == pair }?.topics.map(\.id).sorted() ?? []
    }

    var topicIDs: [String] { topics.map(\.id).sorted() }
}
