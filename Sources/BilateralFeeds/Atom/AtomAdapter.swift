import Foundation

/// Maps Atom wire structs to `Feed` and `FeedItem`. Every Atom fallback lives here.
enum AtomAdapter {
    /// The feed facts of an Atom feed.
    static func feed(_ wire: AtomWireFeed, format: FeedFormat) -> Feed {
        Feed(title: wire.title.map(value(of:)).flatMap { AdapterSupport.title($0.text, isHTML: $0.isHTML) },
             link: link(of: wire),
             language: AdapterSupport.language(wire.xmlLang),
             updated: AdapterSupport.firstDate(wire.updated, wire.modified),
             format: format)
    }

    /// The feed's alternate link, resolved against `xml:base`.
    static func link(of wire: AtomWireFeed) -> String? {
        alternateLink(wire.links, fallback: nil)
    }

    /// One normalized entry; `feedLink` resolves relative links when no `xml:base` applies.
    static func item(_ wire: AtomWireEntry, feed: AtomWireFeed, feedLink: String?, plainText: Bool) -> FeedItem {
        let title = wire.title.map(value(of:))
        let summary = (wire.summary ?? wire.mediaDescription).map(value(of:))
        let content = wire.content.map(value(of:))
        let body = content.flatMap { AdapterSupport.trimmed($0.text) != nil ? $0 : nil } ?? summary
        var authors = UniqueStrings()
        for author in wire.authors { authors.add(author.name ?? author.email) }
        authors.add(contentsOf: wire.dcCreators)
        return FeedItem(
            title: AdapterSupport.title(title?.text, isHTML: title?.isHTML ?? false),
            link: alternateLink(wire.links, fallback: feedLink),
            guid: AdapterSupport.trimmed(wire.id),
            published: AdapterSupport.firstDate(wire.published, wire.issued, wire.created, wire.dcDate),
            updated: AdapterSupport.firstDate(wire.updated, wire.modified),
            authors: authors.values,
            categories: categories(of: wire),
            enclosures: enclosures(of: wire, feedLink: feedLink),
            summary: AdapterSupport.trimmed(summary?.text),
            content: AdapterSupport.trimmed(content?.text),
            language: AdapterSupport.language(wire.xmlLang ?? feed.xmlLang),
            text: plainText ? AdapterSupport.plainText(title: title?.text, titleIsHTML: title?.isHTML ?? false,
                                                       body: body?.text, bodyIsHTML: body?.isHTML ?? false) : "",
            line: wire.line,
            thumbnail: wire.mediaThumbnail.flatMap { AdapterSupport.enclosure($0, fallbackBase: feedLink)?.url })
    }

    /// The string value of a text construct and whether it is HTML.
    static func value(of text: AtomWireText) -> (text: String, isHTML: Bool) {
        // The common cases, without lower-casing the type (three text constructs per entry).
        if text.mode == nil && !text.isMarkup {
            switch text.type {
            case nil, "text": return (text.value, false)
            case "html": return (text.value, true)
            default: break
            }
        }
        let type = (text.type ?? "text").lowercased()
        let mode = text.mode?.lowercased()
        if mode == "base64" || (text.mode == nil && isBinary(type) && !text.isMarkup) {
            let cleaned = text.value.filter { !$0.isWhitespace }
            let decoded = Data(base64Encoded: cleaned, options: .ignoreUnknownCharacters)
                .map { String(decoding: $0, as: UTF8.self) } ?? text.value
            return (decoded, type != "text" && type != "text/plain")
        }
        if text.isMarkup || type == "xhtml" || type.hasSuffix("xhtml+xml") {
            return (unwrapDiv(text.value), true)
        }
        let isHTML = type == "html" || type == "text/html" || mode == "escaped"
        return (text.value, isHTML)
    }

    /// Atom 1.0 section 4.1.3.3: a type that is neither text, HTML nor XML holds base64.
    private static func isBinary(_ type: String) -> Bool {
        guard type.contains("/") else { return false }
        return !type.hasPrefix("text/") && !type.contains("xml")
    }

    /// The inside of a single outer `<div>` (the Atom 1.0 xhtml wrapper), else the markup as is.
    static func unwrapDiv(_ markup: String) -> String {
        let t = markup.trimmedWhitespace
        guard t.hasPrefix("<div"), t.hasSuffix("</div>"), let close = t.firstIndex(of: ">") else { return markup }
        let inner = t[t.index(after: close)..<t.index(t.endIndex, offsetBy: -6)]
        if inner.contains("<div") { return markup }
        return String(inner)
    }

    private static func alternateLink(_ links: [WireLink], fallback: String?) -> String? {
        let alternates = links.filter { ($0.rel ?? "alternate") == "alternate" }
        let best = alternates.first { $0.type.map { UTF8Bytes.contains($0, "html") } ?? true } ?? alternates.first
        return best.map { AdapterSupport.resolve($0.href, base: $0.base, fallback: fallback) }
    }

    private static func categories(of wire: AtomWireEntry) -> [Category] {
        let fromCategory = wire.categories.compactMap { category -> Category? in
            guard let term = AdapterSupport.trimmed(category.term) else { return nil }
            return Category(term: term, scheme: AdapterSupport.trimmed(category.scheme),
                            label: AdapterSupport.trimmed(category.label))
        }
        var subjects = UniqueStrings()
        subjects.add(contentsOf: wire.dcSubjects)
        return fromCategory + subjects.values.map { Category(term: $0) }
    }

    private static func enclosures(of wire: AtomWireEntry, feedLink: String?) -> [Enclosure] {
        let links = wire.links.filter { $0.rel == "enclosure" } + wire.mediaContents
        return AdapterSupport.unique(links.compactMap { AdapterSupport.enclosure($0, fallbackBase: feedLink) })
    }
}
