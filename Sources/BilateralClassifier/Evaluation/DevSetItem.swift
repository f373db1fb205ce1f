import Foundation

/// One hand-labelled news item of the development set
/// (`Tests/BilateralClassifierTests/Fixtures/devset/devset.jsonl`).
public struct DevSetItem: Codable, Hashable, Sendable {
    /// `<outlet>-<n>`, unique in the set (`japantoday-10`).
    public var id: String
    /// The feed file the item was taken from.
    public var source: String
    /// Publication day as `YYYY-MM-DD`, or `nil` when the feed gave none.
    public var date: String?
    /// Language of the text (`en`, `fr`, `es`, `pt`).
    public var language: String
    public var title: String
    /// Plain text of the item body (HTML removed).
    public var text: String
    /// What a careful reader says the item is about.
    public var labels: Reading

    public init(id: String, source: String, date: String?, language: String,
                title: String, text: String, labels: Reading) {
        self.id = id
        self.source = source
        self.date = date
        self.language = language
        self.title = title
        self.text = text
        self.labels = labels
    }

    /// The publication day at 00:00 UTC, or `nil` when there is no valid date.
    public var day: Date? {
        guard let date else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// Title and body as one text, the way the classifier reads an item.
    public var fullText: String {
        text.isEmpty ? title : title + "\n" + text
    }
}
