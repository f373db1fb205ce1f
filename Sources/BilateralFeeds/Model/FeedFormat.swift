/// The syndication format of a document, as detected from its root element
/// and version attribute.
public enum FeedFormat: String, Codable, Hashable, Sendable, CaseIterable {
    /// `<rdf:RDF>` with the RSS 0.90 namespace (`http://my.netscape.com/rdf/simple/0.9/`).
    case rss090
    /// `<rss version="0.91">` (Netscape or UserLand).
    case rss091
    /// `<rss version="0.92">`.
    case rss092
    /// `<rss version="0.93">`.
    case rss093
    /// `<rss version="0.94">`.
    case rss094
    /// `<rdf:RDF>` with the RSS 1.0 namespace (`http://purl.org/rss/1.0/`).
    case rss1
    /// `<rss version="2.0">`.
    case rss2
    /// `<rss>` with no or an unknown version attribute.
    case rss
    /// `<feed>` in the Atom 0.3 namespace (`http://purl.org/atom/ns#`).
    case atom03
    /// `<feed>` in the Atom 1.0 namespace (`http://www.w3.org/2005/Atom`).
    case atom10
    /// Netscape/Microsoft Channel Definition Format (`<channel>` root, CDF).
    case cdf
    /// A root element no parser claims.
    case unknown
}
