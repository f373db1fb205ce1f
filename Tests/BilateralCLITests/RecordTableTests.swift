@testable import bilateral
import BilateralClassifier
import BilateralRecords
import Foundation
import Testing

/// `query --format table` shows first, in each column, the topic, pair or country asked for.
@Suite struct RecordTableTests {
    static func record(topics: [String], dyads: [String], countries: [String]) -> ItemRecord {
        ItemRecord(id: "x", feed: .init(title: nil, link: nil, file: "inbox/x.xml", format: "rss2"), title: "T", link: nil,
                   guid: nil, published: nil, updated: nil, authors: [], categories: [], language: nil, text: "T",
                   countries: countries.map { ActorMention(code: $0, name: $0, mentions: 1) },
                   topics: topics.map { TopicScore(id: $0, score: 0.9) },
                   dyads: dyads.map { Dyad(pair: $0, topics: []) }, recovered: false, classifier: "c")
    }

    @Test func theQueriedValuesLeadTheirColumns() {
        let r = Self.record(topics: ["diplomacy", "trade", "arms", "energy"], dyads: ["CN-US", "CN-JP", "CN-RU"],
                            countries: ["CN", "US", "JP", "RU"])
        /// The data row's columns (the header and footer left out).
        func row(_ table: RecordTable) -> [String] {
            table.render().split(separator: "\n")[1].split(separator: " ").map(String.init)
        }
        #expect(row(RecordTable(records: [r])) == ["-", "CN-US,CN-JP", "diplomacy,trade,arms", "T"])
        #expect(row(RecordTable(records: [r], topic: "energy", pair: "CN-RU")) == ["-", "CN-RU,CN-US", "energy,diplomacy,trade", "T"])
        #expect(row(RecordTable(records: [r], country: "RU")) == ["-", "RU,CN,US", "diplomacy,trade,arms", "T"])
        #expect(RecordTable.leading("XX", ["A", "B"]) == ["A", "B"])
    }
}
