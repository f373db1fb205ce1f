/// Fills `AtomWireFeed` and `AtomWireEntry` from SAX events for Atom 0.3 and 1.0. Normalizes nothing.
struct AtomBuilder {
    var feed = AtomWireFeed()
    var entry: AtomWireEntry?
    var entryDepth = 0
    var skipDepth = 0
    var person: AtomWirePerson?
    var personDepth = 0
    var pending = XMLAttributesSnapshot()

    /// Called for each start tag outside a capture; returns true to capture the element's content.
    mutating func start(_ name: XMLElementName, _ attributes: XMLAttributes, _ context: ElementContext) -> Bool {
        if skipDepth > 0 { return false }
        if context.depth == 1 {
            feed.xmlLang = context.lang
            feed.base = context.base
            return false
        }
        if entry == nil {
            if name.isAtom && name.local == .entry {
                entry = AtomWireEntry(xmlLang: context.lang, base: context.base, line: context.line)
                entryDepth = context.depth
                return false
            }
            return startFeedChild(name, attributes, context)
        }
        return startEntryChild(name, attributes, context)
    }

    /// Called for each end tag outside a capture; returns the entry when an entry ends.
    mutating func end(_ name: XMLElementName, _ text: CapturedText?, _ context: ElementContext) -> AtomWireEntry? {
        if skipDepth > 0 {
            if context.depth == skipDepth { skipDepth = 0 }
            return nil
        }
        if entry != nil, context.depth == entryDepth { return entry.take() }   // moved out, not copied
        if var current = person, context.depth == personDepth {
            person = nil
            if current.name == nil && current.email == nil && current.uri == nil { current.name = nil }
            entry?.authors.append(current)
            return nil
        }
        guard let text else { return nil }
        if person != nil {
            assignPerson(name, text)
        } else if entry != nil {
            assignEntry(name, text, context)
        } else {
            assignFeed(name, text, context)
        }
        return nil
    }

    private mutating func startFeedChild(_ name: XMLElementName, _ attributes: XMLAttributes,
                                         _ context: ElementContext) -> Bool {
        guard context.depth == 2, name.isAtom else { return false }
        switch name.local {
        case .link:
            if let link = Self.wireLink(attributes, context) { feed.links.append(link) }
            return false
        case .title:
            rememberText(attributes)
            return true
        case .updated, .modified:
            return true
        default:
            return false
        }
    }

    private mutating func startEntryChild(_ name: XMLElementName, _ attributes: XMLAttributes,
                                          _ context: ElementContext) -> Bool {
        if person != nil {
            return name.isAtom && [.name, .email, .uri, .url].contains(name.local)
        }
        switch (name.ns, name.local) {
        case (.dc, .creator), (.dc, .subject), (.dc, .date): return true
        case (.media, .description):
            rememberText(attributes)
            pending.type = pending.type == "html" ? "html" : "text"
            return true
        case (.media, .thumbnail):
            if entry?.mediaThumbnail == nil, let url = attributes.value("url") {
                entry?.mediaThumbnail = WireLink(href: url, base: context.base)
            }
            return false
        case (.media, .content):
            if let url = attributes.value("url") {
                entry?.mediaContents.append(WireLink(href: url, type: attributes.value("type"),
                                                     length: attributes.value("fileSize"), base: context.base))
            }
            return false
        default: break
        }
        guard name.isAtom, context.depth == entryDepth + 1 else { return false }
        switch name.local {
        case .source:
            skipDepth = context.depth
            return false
        case .author, .contributor:
            if name.local == .author {
                person = AtomWirePerson()
                personDepth = context.depth
            }
            return false
        case .link:
            if let link = Self.wireLink(attributes, context) {
                entry?.links.append(link)
                return false
            }
            pending.rel = attributes.value("rel")   // a link with its URL as text
            pending.type = attributes.value("type")
            return true
        case .category:
            if let term = attributes.value("term") ?? attributes.value("label") {
                entry?.categories.append((term, attributes.value("scheme"), attributes.value("label")))
            }
            return false
        case .title, .summary, .content:
            rememberText(attributes)
            return true
        case .id, .published, .issued, .created, .updated, .modified:
            return true
        default:
            return false
        }
    }

    /// `end`, then the normalized item when an entry ended (mutating: reached in place).
    mutating func endItem(_ name: XMLElementName, _ text: CapturedText?, _ context: ElementContext,
                          plainText: Bool) -> FeedItem? {
        guard let wire = end(name, text, context) else { return nil }
        return item(from: wire, plainText: plainText)
    }

    /// The normalized item of a completed wire entry, with this feed's context.
    func item(from wire: AtomWireEntry, plainText: Bool) -> FeedItem {
        AtomAdapter.item(wire, feed: feed, feedLink: AtomAdapter.link(of: feed), plainText: plainText)
    }

    private mutating func rememberText(_ attributes: XMLAttributes) {
        pending.type = attributes.value("type")
        pending.mode = attributes.value("mode")
        pending.src = attributes.value("src")
    }

    private static func wireLink(_ attributes: XMLAttributes, _ context: ElementContext) -> WireLink? {
        guard let href = attributes.value("href") else { return nil }
        return WireLink(href: href, rel: attributes.value("rel"), type: attributes.value("type"),
                        length: attributes.value("length"), base: context.base)
    }
}
