/// Fills `RSSWireChannel` and `RSSWireItem` from SAX events for every RSS flavour
/// (0.90 and 1.0 RDF, 0.91-0.94, 2.0, no version) and CDF. Normalizes nothing.
struct RSSBuilder {
    var channel = RSSWireChannel()
    private var item: RSSWireItem?
    private var itemDepth = 0
    private var skipDepth = 0
    var pending = XMLAttributesSnapshot()
    /// An item closed early because another `item` started inside it (what libxml2's recovery
    /// makes of a mismatched end tag); the session takes it after `start`.
    var interrupted: RSSWireItem?

    /// Called for each start tag outside a capture; returns true to capture the element's content.
    mutating func start(_ name: XMLElementName, _ attributes: XMLAttributes, _ context: ElementContext) -> Bool {
        if skipDepth > 0 { return false }
        if item == nil {
            return startOutsideItem(name, attributes, context)
        }
        if name.isRSS && name.local == .item {
            interrupted = item
            item = nil
            return startOutsideItem(name, attributes, context)
        }
        return startInItem(name, attributes, context)
    }

    /// Called for each end tag outside a capture (with the captured text when the start asked for it);
    /// returns the item when an item ends.
    mutating func end(_ name: XMLElementName, _ text: CapturedText?, _ context: ElementContext) -> RSSWireItem? {
        if skipDepth > 0 {
            if context.depth == skipDepth { skipDepth = 0 }
            return nil
        }
        if item != nil {
            if context.depth == itemDepth { return item.take() }   // moved out, not copied
            // Static: a method on self taking part of self inout would copy the whole builder.
            if let text { Self.assign(name, text, context, pending: pending, to: &item!) }
            return nil
        }
        if let text { assignChannel(name, text, context) }
        return nil
    }

    private mutating func startOutsideItem(_ name: XMLElementName, _ attributes: XMLAttributes,
                                           _ context: ElementContext) -> Bool {
        switch (name.isRSS, name.local) {
        case (true, .item):
            var fresh = RSSWireItem()
            fresh.rdfAbout = attributes.value("about")
            fresh.xmlLang = context.lang
            fresh.base = context.base
            fresh.line = context.line
            if let href = attributes.value("href") { fresh.link = WireText(value: href, base: context.base) }  // CDF
            fresh.lastmod = attributes.value("lastmod")
            item = fresh
            itemDepth = context.depth
            return false
        case (true, .image), (true, .textinput), (true, .textInput), (true, .items):
            skipDepth = context.depth
            return false
        case (true, .channel), (true, .rss), (_, .RDF):
            if context.depth <= 2 {
                channel.base = context.base
                channel.xmlLang = channel.xmlLang ?? context.lang
                if let href = attributes.value("href") { channel.link = WireText(value: href, base: context.base) }
                if let lastmod = attributes.value("lastmod") { channel.lastBuildDate = lastmod }
            }
            return false
        default:
            if name == XMLElementName(.atom10, .link), context.depth <= 3 {
                if let link = Self.wireLink(attributes, context) { channel.atomLinks.append(link) }
                return false
            }
            return context.depth <= 3 && Self.channelFields.contains(name)
        }
    }

    private mutating func startInItem(_ name: XMLElementName, _ attributes: XMLAttributes,
                                      _ context: ElementContext) -> Bool {
        switch (name.ns, name.local) {
        case (.atom10, .link), (.atom03, .link):
            if let link = Self.wireLink(attributes, context) { item?.atomLinks.append(link) }
            return false
        case (_, .enclosure) where name.isRSS:
            if let url = attributes.value("url") {
                item?.enclosures.append(WireLink(href: url, type: attributes.value("type"),
                                                 length: attributes.value("length"), base: context.base))
            }
            return false
        case (.media, .content):
            if let url = attributes.value("url") {
                item?.mediaContents.append(WireLink(href: url, type: attributes.value("type"),
                                                    length: attributes.value("fileSize"), base: context.base))
            }
            return false
        case (.media, .thumbnail):
            if item?.mediaThumbnail == nil, let url = attributes.value("url") {
                item?.mediaThumbnail = WireLink(href: url, base: context.base)
            }
            return false
        case (_, .image) where name.isRSS:
            skipDepth = context.depth
            return false
        case (.itunes, .category):
            if let text = attributes.value("text") {
                item?.categories.append((text, "http://www.itunes.com/", nil))
            }
            return false
        case (.media, .category):
            pending.domain = attributes.value("scheme") ?? "http://search.yahoo.com/mrss/category_schema"
            pending.label = attributes.value("label")
            return true
        case (_, .guid) where name.isRSS:
            pending.isPermaLink = attributes.value("isPermaLink")
            return true
        case (_, .category) where name.isRSS:
            pending.domain = attributes.value("domain")
            pending.label = nil
            return true
        default:
            return Self.itemFields.contains(name)
        }
    }

    /// `end`, then the normalized item when an item ended. Mutating so that a caller holding the
    /// builder in a class property reaches it in place instead of copying it.
    mutating func endItem(_ name: XMLElementName, _ text: CapturedText?, _ context: ElementContext,
                          plainText: Bool) -> FeedItem? {
        guard let wire = end(name, text, context) else { return nil }
        return item(from: wire, plainText: plainText)
    }

    /// The normalized item of an item closed early by a nested `item` start, if any.
    /// Called on every start tag: tests for nil without copying the item out (`guard let` copied
    /// the whole wire item, retaining each of its strings, ~0.7% of a parse).
    mutating func takeInterrupted(plainText: Bool) -> FeedItem? {
        guard interrupted != nil, let wire = interrupted.take() else { return nil }
        return item(from: wire, plainText: plainText)
    }

    /// The normalized item of a completed wire item, with this channel's context.
    func item(from wire: RSSWireItem, plainText: Bool) -> FeedItem {
        RSSAdapter.item(wire, channel: channel, channelLink: RSSAdapter.link(of: channel), plainText: plainText)
    }

    private static func wireLink(_ attributes: XMLAttributes, _ context: ElementContext) -> WireLink? {
        guard let href = attributes.value("href") else { return nil }
        return WireLink(href: href, rel: attributes.value("rel"), type: attributes.value("type"),
                        length: attributes.value("length"), base: context.base)
    }
}
