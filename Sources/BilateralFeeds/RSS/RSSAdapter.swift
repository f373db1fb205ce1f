import Foundation

/// Maps RSS wire structs to `Feed` and `FeedItem`. Every RSS fallback lives here.
enum RSSAdapter {
    /// The feed facts of an RSS channel.
    static func feed(_ channel: RSSWireChannel, format: FeedFormat) -> Feed {
        Feed(title: AdapterSupport.title((channel.title ?? channel.dcTitle)?.value, isHTML: true),
             link: link(of: channel),
             language: AdapterSupport.language(channel.language ?? channel.dcLanguage ?? channel.xmlLang),
             updated: AdapterSupport.firstDate(channel.lastBuildDate, channel.pubDate, channel.dcDate,
                                               channel.dctermsModified),
             format: format)
    }

    /// The channel link (RSS `link`, else `atom:link` alternate), resolved against `xml:base`.
    static func link(of channel: RSSWireChannel) -> String? {
        if let link = channel.link, let href = AdapterSupport.trimmed(link.value) {
            return URLResolver.resolve(href, against: link.base)
        }
        let alternate = channel.atomLinks.first { ($0.rel ?? "alternate") == "alternate" }
        return alternate.map { URLResolver.resolve($0.href, against: $0.base) }
    }

    /// One normalized item; `channelLink` resolves relative links when no `xml:base` applies.
    static func item(_ wire: RSSWireItem, channel: RSSWireChannel, channelLink: String?, plainText: Bool) -> FeedItem {
        let title = wire.title ?? wire.dcTitle ?? wire.mediaTitle
        let (summary, content) = bodies(of: wire)
        let body = AdapterSupport.trimmed(content?.value) ?? AdapterSupport.trimmed(summary?.value)
        return FeedItem(
            title: AdapterSupport.title(title?.value, isHTML: true),
            link: link(of: wire, channelLink: channelLink),
            guid: AdapterSupport.trimmed(wire.guid?.value) ?? AdapterSupport.trimmed(wire.rdfAbout),
            published: AdapterSupport.firstDate(wire.pubDate, wire.dcDate, wire.dctermsIssued, wire.atomPublished),
            updated: AdapterSupport.firstDate(wire.dctermsModified, wire.atomUpdated, wire.lastmod, wire.dcDate),
            authors: authors(of: wire),
            categories: categories(of: wire),
            enclosures: enclosures(of: wire, channelLink: channelLink),
            summary: AdapterSupport.trimmed(summary?.value),
            content: AdapterSupport.trimmed(content?.value),
            language: AdapterSupport.language(wire.dcLanguage ?? wire.xmlLang)
                ?? AdapterSupport.language(channel.language ?? channel.dcLanguage ?? channel.xmlLang),
            text: plainText ? AdapterSupport.plainText(title: title?.value, titleIsHTML: true, body: body, bodyIsHTML: true) : "",
            line: wire.line,
            thumbnail: wire.mediaThumbnail.flatMap { AdapterSupport.enclosure($0, fallbackBase: channelLink)?.url })
    }

    /// Summary: `description` (or a `summary` element found first), else `itunes:summary`,
    /// `media:description`. Content: `content:encoded`, else the other of summary/description.
    private static func bodies(of wire: RSSWireItem) -> (summary: WireText?, content: WireText?) {
        let (first, second) = wire.summaryFirst ? (wire.summary, wire.description) : (wire.description, wire.summary)
        let summary = first ?? second ?? wire.itunesSummary ?? wire.mediaDescription
        let content = wire.contentEncoded ?? (first != nil ? second : nil)
        return (summary, content)
    }

    /// `link`, else a permalink `guid`, else an `atom:link` alternate; resolved.
    private static func link(of wire: RSSWireItem, channelLink: String?) -> String? {
        if let link = wire.link, let href = AdapterSupport.trimmed(link.value) {
            return AdapterSupport.resolve(href, base: link.base, fallback: channelLink)
        }
        if let alternate = wire.atomLinks.first(where: { ($0.rel ?? "alternate") == "alternate" }) {
            return AdapterSupport.resolve(alternate.href, base: alternate.base, fallback: channelLink)
        }
        if wire.guidIsPermaLink, let guid = wire.guid, let value = AdapterSupport.trimmed(guid.value),
           value.hasPrefix("http://") || value.hasPrefix("https://") {
            return value
        }
        return nil
    }

    /// `author`, `dc:creator`s, `itunes:author`: trimmed, without repeats.
    private static func authors(of wire: RSSWireItem) -> [String] {
        var authors = UniqueStrings()
        authors.add(wire.author)
        authors.add(contentsOf: wire.dcCreators)
        authors.add(wire.itunesAuthor)
        return authors.values
    }

    /// `category` elements (and `tags`, iTunes and Media RSS categories) with a term, then the
    /// `dc:subject`s without repeats; appended to one array.
    private static func categories(of wire: RSSWireItem) -> [Category] {
        var categories: [Category] = []
        categories.reserveCapacity(wire.categories.count + wire.dcSubjects.count)
        for category in wire.categories {
            guard let term = AdapterSupport.trimmed(category.term) else { continue }
            categories.append(Category(term: term, scheme: AdapterSupport.trimmed(category.domain),
                                       label: AdapterSupport.trimmed(category.label)))
        }
        var subjects = UniqueStrings()
        subjects.add(contentsOf: wire.dcSubjects)
        for subject in subjects.values { categories.append(Category(term: subject)) }
        return categories
    }

    private static func enclosures(of wire: RSSWireItem, channelLink: String?) -> [Enclosure] {
        let links = wire.enclosures + wire.atomLinks.filter { $0.rel == "enclosure" } + wire.mediaContents
        return AdapterSupport.unique(links.compactMap { AdapterSupport.enclosure($0, fallbackBase: channelLink) })
    }
}
