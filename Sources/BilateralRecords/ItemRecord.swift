import BilateralClassifier
import BilateralFeeds
import Foundation

/// One item record of spec/output.md: the feed item, where it came from,
/// and what the classifier read in it. Written as one JSON line by
/// `bilateral classify` and into `out/items-YYYY-MM-DD.jsonl` by the daemon.
public struct ItemRecord: Codable, Hashable, Sendable {
    /// The feed an item came from.
    public struct FeedRef: Codable, Hashable, Sendable {
        public var title: String?
        public var link: String?
        /// The file as given (relative to the watch folder for the daemon).
        public var file: String
        /// `FeedFormat.rawValue` (`rss2`, `atom10`...).
        public var format: String

        public init(title: String?, link: String?, file: String, format: String) {
            self.title = title
            self.link = link
            self.file = file
            self.format = format
        }
    }

    public var id: String
    public var feed: FeedRef
    public var title: String?
    public var link: String?
    public var guid: String?
    public var published: Date?
    public var updated: Date?
    public var authors: [String]
    public var categories: [String]
    public var language: String?
    public var text: String
    public var countries: [ActorMention]
    public var topics: [TopicScore]
    public var dyads: [Dyad]
    public var recovered: Bool
    public var classifier: String

    public init(id: String, feed: FeedRef, title: String?, link: String?, guid: String?,
                published: Date?, updated: Date?, authors: [String], categories: [String],
                language: String?, text: String, countries: [ActorMention], topics: [TopicScore],
                dyads: [Dyad], recovered: Bool, classifier: String) {
        self.id = id
        self.feed = feed
        self.title = title
        self.link = link
        self.guid = guid
        self.published = published
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.language = language
        self.text = text
        self.countries = countries
        self.topics = topics
        self.dyads = dyads
        self.recovered = recovered
        self.classifier = classifier
    }

    /// Builds the record of `item` read from `feed` in `file`, classified as `classification`.
    public init(item: FeedItem, feed: Feed, file: String, classification: Classification,
                classifierVersion: String) {
        self.init(item: item, id: ItemIdentity.id(for: item), feed: feed, file: file,
                  classification: classification, classifierVersion: classifierVersion)
    }

    /// `init(item:feed:file:classification:classifierVersion:)` for a caller that already has
    /// the item's id (`ItemIdentity.id(for: item)`; the daemon computes it to skip stored
    /// items), so that it is not hashed twice.
    public init(item: FeedItem, id: String, feed: Feed, file: String, classification: Classification,
                classifierVersion: String) {
        self.init(
            id: id,
            feed: FeedRef(title: feed.title, link: feed.link, file: file, format: feed.format.rawValue),
            title: item.title, link: item.link, guid: item.guid,
            published: item.published, updated: item.updated,
            authors: item.authors, categories: item.categories.map { $0.label ?? $0.term },
            language: item.language ?? feed.language, text: item.text,
            countries: classification.countries, topics: classification.topics,
            dyads: classification.dyads, recovered: item.recovered,
            classifier: classifierVersion)
    }
}
