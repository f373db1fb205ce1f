/// A link-like element as found on the wire (`atom:link`, `enclosure`, `media:content`).
struct WireLink: Sendable {
    var href: String
    var rel: String?
    var type: String?
    var length: String?
    /// The `xml:base` in effect where the element was found.
    var base: String?
}

/// A text value with the `xml:base` in effect where it was found.
struct WireText: Sendable {
    var value: String
    var base: String?
    var isMarkup: Bool = false
}

/// An RSS `channel` (any version, RDF included) as found: no fallbacks applied.
struct RSSWireChannel: Sendable {
    var title: WireText?
    var dcTitle: WireText?
    var link: WireText?
    var atomLinks: [WireLink] = []
    var description: WireText?
    var language: String?
    var dcLanguage: String?
    var xmlLang: String?
    var pubDate: String?
    var lastBuildDate: String?
    var dcDate: String?
    var dctermsModified: String?
    /// `xml:base` in effect on the channel element (or the root).
    var base: String?
}

/// An RSS `item` as found: no fallbacks applied.
struct RSSWireItem: Sendable {
    var title: WireText?
    var dcTitle: WireText?
    var mediaTitle: WireText?
    var link: WireText?
    var atomLinks: [WireLink] = []
    var description: WireText?
    /// A `summary` element (not RSS, but found); with `description`, the first one is the summary.
    var summary: WireText?
    var summaryFirst = false
    var contentEncoded: WireText?
    var mediaDescription: WireText?
    var itunesSummary: WireText?
    var guid: WireText?
    var guidIsPermaLink = true
    var rdfAbout: String?
    var pubDate: String?
    var dcDate: String?
    var dctermsIssued: String?
    var dctermsModified: String?
    /// CDF `ITEM/@LASTMOD`.
    var lastmod: String?
    var atomPublished: String?
    var atomUpdated: String?
    var author: String?
    var dcCreators: [String] = []
    var itunesAuthor: String?
    /// `category`, `tags` (comma-separated), `itunes:category`, `media:category`, in document order.
    var categories: [(term: String, domain: String?, label: String?)] = []
    var dcSubjects: [String] = []
    var enclosures: [WireLink] = []
    var mediaContents: [WireLink] = []
    var mediaThumbnail: WireLink?
    var dcLanguage: String?
    var xmlLang: String?
    /// `xml:base` in effect on the item element.
    var base: String?
    var line = 0
}
