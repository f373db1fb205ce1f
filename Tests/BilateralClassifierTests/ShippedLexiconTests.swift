import Foundation
import Testing
@testable import BilateralClassifier

/// The lexicons shipped with bilateral load, and read the seed article the
/// way spec/relation-topics.md's worked example says.
@Suite("Shipped lexicons")
struct ShippedLexiconTests {
    static let seedDyads: [String: Set<String>] = [
        "CN-RU": ["diplomacy", "trade", "energy", "defense-cooperation", "military-activity",
                  "education-science", "culture-tourism", "agriculture-food", "technology", "geopolitics"],
        "CN-JP": ["territorial-dispute"],
        "JP-RU": ["territorial-dispute", "diplomacy"],
        "CN-US": ["geopolitics"],
        "RU-US": ["geopolitics"],
    ]

    @Test("the shipped lexicons load and declare the 17 topics of the spec")
    func shippedLexiconsLoad() throws {
        let lexicon = try Self.shippedLexicon()
        #expect(lexicon.statistics.topics == 17)
        #expect(lexicon.statistics.cues > 500)
        #expect(lexicon.version.hasPrefix(Lexicon.engineVersion + "+"))
    }

    @Test("the seed article reads exactly as the spec's worked example")
    func seedArticle() throws {
        let (title, text) = try Self.seedArticle()
        let classifier = Classifier(lexicon: try Self.shippedLexicon())
        let explanation = classifier.explain(title: title, text: text, date: Self.day(2013, 10, 22))
        let reading = Reading(explanation.classification)
        let expectedTopics = Self.seedDyads.values.reduce(Set<String>(["defense-cooperation"])) { $0.union($1) }

        #expect(reading.countries == ["RU", "CN", "JP", "US", "ID", "APEC"])
        #expect(Set(reading.dyads.keys) == Set(Self.seedDyads.keys))
        for (pair, topics) in Self.seedDyads {
            #expect(reading.dyads[pair] == topics, "topics of \(pair)")
        }
        #expect(reading.topics == expectedTopics)
        if reading.dyads != Self.seedDyads || reading.topics != expectedTopics {
            for cues in explanation.cues {
                print("seed: \(cues.pair ?? "item") \(cues.topic) \(cues.score): \(cues.phrases.joined(separator: ", "))")
            }
        }
    }

    @Test("the sample feeds' domestic items name countries but get no dyad")
    func domesticItems() throws {
        let classifier = Classifier(lexicon: try Self.shippedLexicon())
        let lyon = classifier.classify(
            title: "Lyon approves new tram line to the eastern suburbs",
            text: "Lyon's metropolitan council voted on Tuesday to build a 14-kilometre tram line to the eastern "
                + "suburbs, the largest transport project in France outside Paris this decade.",
            date: Self.day(2026, 11, 18))
        #expect(lyon.countries.map(\.code) == ["FR"])
        #expect(lyon.dyads.isEmpty && lyon.topics.isEmpty)
        let football = classifier.classify(
            title: "Spain beat Portugal 2-1 in a late thriller",
            text: "Spain came from behind to beat Portugal 2-1 in Seville. The visitors led at half time, "
                + "but the home side scored twice in the last ten minutes.",
            date: Self.day(2026, 11, 18))
        #expect(Set(football.countries.map(\.code)) == ["ES", "PT"])
        #expect(football.dyads.isEmpty && football.topics.isEmpty)
    }

    // MARK: - Helpers

    static func shippedLexicon() throws -> Lexicon {
        let directory = try #require(Lexicon.shippedDirectory, "the lexicons resource folder is missing")
        return try Lexicon.load(directories: [directory])
    }

    /// The seed article from the test fixtures (a copy of /work/shared/seed):
    /// title on the first line, then the text.
    static func seedArticle() throws -> (title: String, text: String) {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/devset/seed", withExtension: "txt"))
        let content = try String(contentsOf: url, encoding: .utf8)
        let lines = content.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(lines[0]), lines.count > 1 ? String(lines[1]) : "")
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar.date(from: DateComponents(year: year, month: month, day: day))
    }
}
