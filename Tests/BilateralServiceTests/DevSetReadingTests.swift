import BilateralClassifier
import BilateralFeeds
import Foundation
import Testing

/// `bilateral evaluate` scores the classifier on the development set's texts; the daemon
/// classifies what it parses from the feed files those items came from. Both must read an
/// item the same way, or the evaluation does not describe the daemon: each item of the set,
/// found by title in its file of ../shared/realfeeds, is classified as the worker does
/// (`FeedFileProcessor`: the parsed title and text) and as the evaluation does (the set's
/// title and text), on the set's day, with the shipped lexicons.
@Suite struct DevSetReadingTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let realFeeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/realfeeds/files")
    static var available: Bool {
        let found = FileManager.default.fileExists(atPath: realFeeds.path)
        if !found { print("skipped: ../shared not found (real feeds of the development set)") }
        return found
    }

    /// Blanks of any kind (no-break spaces too) made one space: titles differ in those only.
    static func key(_ title: String) -> String {
        title.split { $0.isWhitespace }.joined(separator: " ")
    }

    @Test(.enabled(if: available)) func theDaemonReadsEachItemAsTheEvaluationDoes() throws {
        let set = try DevSet(contentsOf: Self.packageRoot
            .appendingPathComponent("Tests/BilateralClassifierTests/Fixtures/devset/devset.jsonl"))
        let classifier = Classifier(lexicon: try Lexicon.load(directories: try Lexicon.folders(user: [])))
        var found = 0
        for (source, items) in Dictionary(grouping: set.items, by: \.source) {
            let parsed = try FeedReader().read(fileAt: Self.realFeeds.appendingPathComponent(source).path)
            let byTitle = Dictionary(parsed.items.map { (Self.key($0.title ?? ""), $0) }, uniquingKeysWith: { first, _ in first })
            for item in items {
                guard let feedItem = byTitle[Self.key(item.title)] else {
                    Issue.record("\(item.id): no item titled \(item.title) in \(source)")
                    continue
                }
                found += 1
                let daemon = Reading(classifier.classify(title: feedItem.title, text: feedItem.text, date: item.day))
                let evaluation = Reading(classifier.classify(title: item.title, text: item.text, date: item.day))
                #expect(daemon == evaluation, "\(item.id)")
            }
        }
        #expect(found == set.items.count)
    }
}
