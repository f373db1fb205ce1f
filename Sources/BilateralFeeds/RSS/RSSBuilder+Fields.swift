extension RSSBuilder {
    static let rssNamespaces: [XMLNamespace] = [.none, .rss090, .rss10, .rss20]

    static let channelFields: XMLElementNameSet = {
        var s = XMLElementNameSet([
            XMLElementName(.dc, .title), XMLElementName(.dc, .language), XMLElementName(.dc, .date),
            XMLElementName(.dcterms, .modified),
        ])
        for ns in rssNamespaces {
            for local in [XMLLocalName.title, .link, .description, .language, .pubDate, .lastBuildDate, .abstract] {
                s.insert(XMLElementName(ns, local))
            }
        }
        return s
    }()

    static let itemFields: XMLElementNameSet = {
        var s = XMLElementNameSet([
            XMLElementName(.dc, .title), XMLElementName(.dc, .language), XMLElementName(.dc, .date),
            XMLElementName(.dc, .creator), XMLElementName(.dc, .author), XMLElementName(.dc, .subject), XMLElementName(.dc, .description),
            XMLElementName(.dcterms, .modified), XMLElementName(.dcterms, .issued),
            XMLElementName(.dcterms, .created),
            XMLElementName(.content, .encoded), XMLElementName(.media, .title),
            XMLElementName(.media, .description), XMLElementName(.itunes, .summary),
            XMLElementName(.itunes, .author), XMLElementName(.atom10, .updated),
            XMLElementName(.atom10, .published), XMLElementName(.xhtml, .body),
        ])
        for ns in rssNamespaces {
            for local in [XMLLocalName.title, .link, .description, .pubDate, .author, .abstract, .summary, .tags, .fullitem] {
                s.insert(XMLElementName(ns, local))
            }
        }
        return s
    }()

    mutating func assignChannel(_ name: XMLElementName, _ text: CapturedText, _ context: ElementContext) {
        let wire = WireText(value: text.value, base: context.base, isMarkup: text.isMarkup)
        switch (name.ns, name.local) {
        case (.dc, .title): channel.dcTitle = wire
        case (.dc, .language): channel.dcLanguage = text.value
        case (.dc, .date): channel.dcDate = text.value
        case (.dcterms, .modified): channel.dctermsModified = text.value
        case (_, .title): channel.title = channel.title ?? wire
        case (_, .link): channel.link = channel.link ?? wire
        case (_, .description), (_, .abstract): channel.description = wire
        case (_, .language): channel.language = text.value
        case (_, .pubDate): channel.pubDate = text.value
        case (_, .lastBuildDate): channel.lastBuildDate = text.value
        default: break
        }
    }

    static func assign(_ name: XMLElementName, _ text: CapturedText, _ context: ElementContext,
                       pending: XMLAttributesSnapshot, to item: inout RSSWireItem) {
        let wire = WireText(value: text.value, base: context.base, isMarkup: text.isMarkup)
        switch (name.ns, name.local) {
        case (.dc, .title): item.dcTitle = wire
        case (.dc, .language): item.dcLanguage = text.value
        case (.dc, .date): item.dcDate = text.value
        case (.dc, .creator), (.dc, .author): item.dcCreators.append(text.value)
        case (.dc, .subject): item.dcSubjects.append(text.value)
        case (.dc, .description): item.description = item.description ?? wire
        case (.dcterms, .modified): item.dctermsModified = text.value
        case (.dcterms, .issued), (.dcterms, .created): item.dctermsIssued = text.value
        case (.content, .encoded), (.xhtml, .body): item.contentEncoded = wire
        case (_, .fullitem): item.contentEncoded = item.contentEncoded ?? wire
        case (.media, .category): item.categories.append((text.value, pending.domain, pending.label))
        case (.media, .title): item.mediaTitle = wire
        case (.media, .description): item.mediaDescription = wire
        case (.itunes, .summary): item.itunesSummary = wire
        case (.itunes, .author): item.itunesAuthor = text.value
        case (.atom10, .updated): item.atomUpdated = text.value
        case (.atom10, .published): item.atomPublished = text.value
        case (_, .title): item.title = wire
        case (_, .link): item.link = wire
        case (_, .description), (_, .abstract): item.description = wire
        case (_, .summary):
            item.summaryFirst = item.description == nil
            item.summary = wire
        case (_, .tags):
            for tag in text.value.split(separator: ",") { item.categories.append((String(tag), nil, nil)) }
        case (_, .pubDate): item.pubDate = text.value
        case (_, .author): item.author = text.value
        case (_, .guid):
            item.guid = wire
            item.guidIsPermaLink = pending.isPermaLink.map { $0.lowercased() != "false" } ?? true
        case (_, .category): item.categories.append((text.value, pending.domain, pending.label))
        default: break
        }
    }
}
