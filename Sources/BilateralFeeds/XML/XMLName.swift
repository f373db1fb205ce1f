/// The namespaces the feed builders know, identified by URI.
enum XMLNamespace: UInt8, Sendable {
    case none, rss090, rss10, rss20, rdf, atom10, atom03, dc, dcterms, content, media, itunes,
         xhtml, xml, cdf, other

    /// Maps a namespace URI to its canonical namespace (aliases included, as feedparser does).
    static func from(uri: String) -> XMLNamespace {
        let key = uri.hasSuffix("/") || uri.hasSuffix("#") ? String(uri.dropLast()) : uri
        return table[key.lowercased()] ?? .other
    }

    private static let table: [String: XMLNamespace] = [
        "http://my.netscape.com/rdf/simple/0.9": .rss090,
        "http://purl.org/rss/1.0": .rss10,
        "http://backend.userland.com/rss2": .rss20,
        "http://blogs.law.harvard.edu/tech/rss": .rss20,
        "http://www.w3.org/1999/02/22-rdf-syntax-ns": .rdf,
        "http://www.w3.org/2005/atom": .atom10,
        "http://purl.org/atom/ns": .atom03,
        "http://purl.org/dc/elements/1.1": .dc,
        "http://purl.org/dc/elements/1.0": .dc,
        "http://purl.org/dc/terms": .dcterms,
        "http://purl.org/rss/1.0/modules/content": .content,
        "http://search.yahoo.com/mrss": .media,
        "http://search.yahoo.com/rss": .media,
        "http://www.itunes.com/dtds/podcast-1.0.dtd": .itunes,
        "http://www.itunes.com/dtds/podcast-1.0.dtd/": .itunes,
        "http://www.w3.org/1999/xhtml": .xhtml,
        "http://www.w3.org/xml/1998/namespace": .xml,
    ]
}

/// The local element and attribute names the feed builders look at.
enum XMLLocalName: UInt8, Sendable {
    case other
    case rss, RDF, channel, item, feed, entry, image, textinput, textInput, items
    case title, link, description, guid, pubDate, lastBuildDate, language, author, category
    case enclosure, source, id, updated, published, issued, modified, created, summary, content
    case name, email, uri, url, creator, date, subject, encoded, thumbnail, group, contributor
    case div, abstract, tagline, subtitle, info, publisher, keywords, fullitem, body
    case href, rel, type, length, mode, term, scheme, label, domain, isPermaLink, version
    case base, lang, about, resource, medium, fileSize, tags

    /// The local name; names not found are looked up lower-cased (CDF and sloppy feeds).
    static func from(_ s: String) -> XMLLocalName { table[s] ?? table[s.lowercased()] ?? .other }

    private static let table: [String: XMLLocalName] = {
        var all: [XMLLocalName] = []
        var raw: UInt8 = 1
        while let n = XMLLocalName(rawValue: raw) {
            all.append(n)
            raw += 1
        }
        var t: [String: XMLLocalName] = [:]
        for n in all { t[String(describing: n)] = n }
        for n in all where t[String(describing: n).lowercased()] == nil { t[String(describing: n).lowercased()] = n }
        return t
    }()
}

/// An element name as namespace plus local name: compared cheaply.
struct XMLElementName: Hashable, Sendable {
    var ns: XMLNamespace
    var local: XMLLocalName

    init(_ ns: XMLNamespace, _ local: XMLLocalName) {
        self.ns = ns
        self.local = local
    }

    /// True for a name in no namespace or one of the RSS namespaces (0.90, 1.0, 2.0).
    var isRSS: Bool { ns == .none || ns == .rss090 || ns == .rss10 || ns == .rss20 }
    /// True for a name in one of the Atom namespaces (0.3, 1.0) or none.
    var isAtom: Bool { ns == .atom10 || ns == .atom03 || ns == .none }
}
