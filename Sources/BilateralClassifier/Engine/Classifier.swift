import Foundation

/// Reads plain text with a `Lexicon` and says which actors it mentions,
/// which pairs of actors it is about and which relation topics it covers.
/// Knows nothing of feeds. A value type: share one across threads.
public struct Classifier: Sendable {
    /// The lexicon this classifier reads with.
    public let lexicon: Lexicon

    /// - Parameter lexicon: a loaded lexicon (`Lexicon.load(directories:)`).
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The classifier version written in every record: engine and lexicon hash.
    public var version: String { lexicon.version }

    /// Classifies one item.
    /// - Parameters:
    ///   - title: the item title, read as the first sentence (nil when none).
    ///   - text: the plain text of the item: its body, or (as a feed item's
    ///     and a record's `text`) the title, a blank line and the body, in
    ///     which case the title is not read a second time.
    ///   - date: the publication date; dated aliases (leaders in office)
    ///     match only items inside their range; nil matches all of them.
    public func classify(title: String?, text: String, date: Date?) -> Classification {
        run(title: title, text: text, date: date, explaining: false).classification
    }

    /// Classifies one item and says why: every phrase matched, and the cue
    /// phrases behind each dyad topic.
    public func explain(title: String?, text: String, date: Date?) -> Explanation {
        run(title: title, text: text, date: date, explaining: true)
    }

    private func run(title: String?, text: String, date: Date?, explaining: Bool) -> Explanation {
        // `lexicon.tables` each time, not a local copy: copying the tables
        // retains and releases every one of their arrays.
        let analysis = TextAnalysis(title: title, text: text, date: date, tables: lexicon.tables)
        let contributions = DyadScorer.contributions(tables: lexicon.tables, analysis: analysis)
        return ClassificationAssembler(tables: lexicon.tables, analysis: analysis)
            .assemble(contributions, explaining: explaining)
    }
}
