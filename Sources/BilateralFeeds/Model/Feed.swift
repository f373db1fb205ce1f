import Foundation

/// Channel-level facts of a feed document.
///
/// Each field says which element of each format fills it.
public struct Feed: Codable, Hashable, Sendable {
    /// RSS `channel/title`, Atom `feed/title`, RSS 1.0 `channel/title`; falls back to `dc:title`.
    public var title: String?
    /// RSS `channel/link`, Atom `feed/link[@rel=alternate or no rel]/@href`, resolved against `xml:base`.
    public var link: String?
    /// RSS `channel/language`, `dc:language`, Atom `feed/@xml:lang`.
    public var language: String?
    /// RSS `lastBuildDate`/`pubDate`, `dc:date`, Atom `updated` (0.3: `modified`).
    public var updated: Date?
    /// The detected format.
    public var format: FeedFormat
    /// The character encoding the bytes were read as (lower case, e.g. `utf-8`, `windows-1252`).
    public var encoding: String?

    public init(title: String? = nil, link: String? = nil, language: String? = nil,
                updated: Date? = nil, format: FeedFormat = .unknown, encoding: String? = nil) {
        self.title = title
        self.link = link
        self.language = language
        self.updated = updated
        self.format = format
        self.encoding = encoding
    }
}
