import Foundation

/// One news item: an RSS `item` or an Atom `entry`, normalized.
public struct FeedItem: Codable, Hashable, Sendable {
    /// RSS `title` (fallback `dc:title`), Atom `title`; plain text, entities decoded,
    /// double-encoded UTF-8 undone (`MojibakeRepair`).
    public var title: String?
    /// RSS `link` (fallback `guid` with isPermaLink, `atom:link`), Atom `link[@rel=alternate]`;
    /// resolved against `xml:base` and the feed link.
    public var link: String?
    /// RSS `guid`, RSS 1.0 `@rdf:about`, Atom `id`.
    public var guid: String?
    /// RSS `pubDate`, `dc:date`, Atom `published` (0.3: `issued`).
    public var published: Date?
    /// Atom `updated` (0.3: `modified`), `dcterms:modified`.
    public var updated: Date?
    /// RSS `author`, `dc:creator`, `itunes:author`, Atom `author/name` (or email).
    public var authors: [String]
    /// RSS `category`, `dc:subject`, Atom `category/@term` (or `@label`).
    public var categories: [Category]
    /// RSS `enclosure`, Atom `link[@rel=enclosure]`, `media:content`.
    public var enclosures: [Enclosure]
    /// RSS `description`, Atom `summary`, `itunes:summary`; as found (may hold HTML).
    public var summary: String?
    /// `content:encoded`, Atom `content`; as found (may hold HTML).
    public var content: String?
    /// Item language: `xml:lang`, `dc:language`, else the feed's.
    public var language: String?
    /// Plain text of title and body (content, else summary): HTML removed,
    /// entities decoded, block elements as line breaks, script/style dropped,
    /// double-encoded UTF-8 undone (`MojibakeRepair`).
    public var text: String
    /// True when the document was not well-formed and this item was read in recovery mode.
    public var recovered: Bool
    /// Line in the document where the item starts (1-based), for diagnostics.
    public var line: Int
    /// `media:thumbnail/@url` (the first one, in the item or a `media:group`), resolved.
    public var thumbnail: String?

    public init(title: String? = nil, link: String? = nil, guid: String? = nil,
                published: Date? = nil, updated: Date? = nil, authors: [String] = [],
                categories: [Category] = [], enclosures: [Enclosure] = [],
                summary: String? = nil, content: String? = nil, language: String? = nil,
                text: String = "", recovered: Bool = false, line: Int = 0, thumbnail: String? = nil) {
        self.title = title
        self.link = link
        self.guid = guid
        self.published = published
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.enclosures = enclosures
        self.summary = summary
        self.content = content
        self.language = language
        self.text = text
        self.recovered = recovered
        self.line = line
        self.thumbnail = thumbnail
    }
}

/// A category or subject of an item.
extension FeedItem {
    /// Undoes double-encoded UTF-8 (`MojibakeRepair`) in the authors and
    /// categories (the title and text are repaired before HTML is removed,
    /// `AdapterSupport`); `summary` and `content` stay as found.
    mutating func repairMojibake() {
        authors = authors.map(MojibakeRepair.repair)
        for index in categories.indices {
            categories[index].term = MojibakeRepair.repair(categories[index].term)
            categories[index].label = MojibakeRepair.repair(categories[index].label)
        }
    }
}

public struct Category: Codable, Hashable, Sendable {
    /// RSS `category` text, Atom `@term`, `dc:subject`.
    public var term: String
    /// RSS `@domain`, Atom `@scheme`.
    public var scheme: String?
    /// Atom `@label`.
    public var label: String?

    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}

/// A media file attached to an item.
public struct Enclosure: Codable, Hashable, Sendable {
    /// RSS `enclosure/@url`, Atom `link/@href`, `media:content/@url`; resolved.
    public var url: String
    /// MIME type (`@type`).
    public var type: String?
    /// Size in bytes (`@length` / `@fileSize`), when a number.
    public var length: Int64?

    public init(url: String, type: String? = nil, length: Int64? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}
