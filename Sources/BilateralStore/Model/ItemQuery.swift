import Foundation

/// A search over stored items; every filter that is set must match. Results
/// come newest first.
public struct ItemQuery: Hashable, Sendable {
    /// Which date `since`/`until` and the order refer to.
    public enum TimeField: String, Hashable, Sendable {
        /// The feed's publication date, or the first-seen time when the item has none.
        case published
        /// When the store first saw the item.
        case firstSeen
    }

    /// A topic id (`energy`). With `pair` set too, the pair's own topic
    /// (`CN-RU` about `energy`); alone, the item-level topic.
    public var topic: String?
    /// A pair of codes, sorted, joined by `-` (`CN-RU`).
    public var pair: String?
    /// A country or organisation code (`RU`).
    public var country: String?
    public var timeField: TimeField
    /// Inclusive lower bound.
    public var since: Date?
    /// Exclusive upper bound.
    public var until: Date?
    /// Words the item text contains, case and accents aside in every script (`ItemTextSearch`).
    public var text: String?
    /// At most this many items (nil: no limit).
    public var limit: Int?

    public init(topic: String? = nil, pair: String? = nil, country: String? = nil,
                timeField: TimeField = .published, since: Date? = nil, until: Date? = nil,
                text: String? = nil, limit: Int? = 100) {
        self.topic = topic
        self.pair = pair
        self.country = country
        self.timeField = timeField
        self.since = since
        self.until = until
        self.text = text
        self.limit = limit
    }
}
