internal import CLibXML2
import Glibc

/// The state of one libxml2 SAX pass: element stack, `xml:base`/`xml:lang` scopes, the text
/// capture, the format builder, and the items it completes. Reached from the C callbacks
/// through the context pointer; one session per parser, never shared.
final class SAXSession {
    @exclusivity(unchecked) var ctxt: xmlParserCtxtPtr?
    let recovering: Bool
    let fileName: String
    let entities = EntityTable()
    let decoder: InputDecoder
    private let deliver: (Feed, FeedItem) throws -> Void
    /// The feed facts as they stood at the first item, handed along with each item.
    @exclusivity(unchecked) private var feedAtFirstItem: Feed?
    private let skipItems: Int
    private let maxDiagnostics: Int
    private let plainText: Bool

    // Exclusivity is not checked dynamically on the mutable state below: the session is
    // reached only from libxml2's callbacks on one thread, the callbacks never nest, and the
    // runtime checks (swift_beginAccess and its thread-local access set) were about 7% of the
    // CPU time of a parse.
    @exclusivity(unchecked) private var stack: [XMLElementName] = []
    @exclusivity(unchecked) var bases: [(depth: Int, base: String)] = []
    @exclusivity(unchecked) var langs: [(depth: Int, lang: String)] = []
    @exclusivity(unchecked) private var capture: CaptureBuffer
    @exclusivity(unchecked) var localNames = PointerCache<XMLLocalName>()
    @exclusivity(unchecked) var namespaces = PointerCache<(uri: [CChar], ns: XMLNamespace)>()

    @exclusivity(unchecked) var format: FeedFormat = .unknown
    @exclusivity(unchecked) var sawRoot = false
    @exclusivity(unchecked) var rss: RSSBuilder?
    @exclusivity(unchecked) var atom: AtomBuilder?

    @exclusivity(unchecked) private(set) var diagnostics: [FeedDiagnostic] = []
    @exclusivity(unchecked) private(set) var firstFatal: FeedDiagnostic?
    @exclusivity(unchecked) private(set) var xmlErrors = 0
    @exclusivity(unchecked) private(set) var itemCount = 0
    @exclusivity(unchecked) private(set) var deliveryError: (any Error)?
    @exclusivity(unchecked) private var truncatedFields = 0
    /// Set by `closeOpenElements` when the document ended inside an item: what
    /// the reader says first, before libxml2's own message for it ("Extra
    /// content at the end of the document", "Premature end of data").
    @exclusivity(unchecked) private(set) var endedInsideItem: FeedDiagnostic?

    init(fileName: String, recovering: Bool, decoder: InputDecoder, options: FeedReaderOptions,
         skipItems: Int, deliver: @escaping (Feed, FeedItem) throws -> Void) {
        self.fileName = fileName
        self.recovering = recovering
        self.decoder = decoder
        self.deliver = deliver
        self.skipItems = skipItems
        self.maxDiagnostics = options.maxDiagnostics
        self.plainText = options.plainText
        capture = CaptureBuffer(limit: options.maxFieldBytes)
    }

    /// True while nothing suggests the document is not well-formed.
    var wellFormed: Bool {
        firstFatal == nil && xmlErrors == 0 && decoder.wellFormed && entities.htmlDecoded.isEmpty
            && entities.undefined.isEmpty
    }

    /// The feed facts gathered so far.
    func feed() -> Feed {
        var feed: Feed
        if let rss { feed = RSSAdapter.feed(rss.channel, format: format) }
        else if let atom { feed = AtomAdapter.feed(atom.feed, format: format) }
        else { feed = Feed(format: format) }
        feed.encoding = decoder.encoding
        return feed
    }

    /// Notes for undefined entities and truncated fields, added once the pass is over.
    func closingDiagnostics() -> [FeedDiagnostic] {
        var notes: [FeedDiagnostic] = []
        if !entities.htmlDecoded.isEmpty {
            notes.append(FeedDiagnostic(severity: .error, line: 0, column: 0, message:
                "feeds: entities not defined in XML decoded as HTML: \(entities.htmlDecoded.sorted().joined(separator: ", "))"))
        }
        if truncatedFields > 0 {
            notes.append(FeedDiagnostic(severity: .warning, line: 0, column: 0, message:
                "feeds: \(truncatedFields) text fields longer than \(capture.limit) bytes truncated"))
        }

        return notes
    }

    var line: Int { ctxt.map { Int(xmlSAX2GetLineNumber($0)) } ?? 0 }

    private var context: ElementContext {
        ElementContext(base: bases.last?.base, lang: langs.last?.lang, depth: stack.count, line: line)
    }

    private func keepAlive() {
        if recovering, let ctxt { ctxt.pointee.wellFormed = 1 }   // else libxml2 drops entity references
    }
}

extension SAXSession {
    func startElement(_ localname: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
                      _ uri: UnsafePointer<xmlChar>?, _ nbNamespaces: Int32,
                      _ namespaceList: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                      _ nbAttributes: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        keepAlive()
        guard let localname else { return }
        let attrs = XMLAttributes(raw: attributes, count: Int(nbAttributes))
        let depth = stack.count + 1
        if nbAttributes > 0 { pushScopes(attrs, depth: depth) }
        if capture.depth != nil {
            stack.append(XMLElementName(.other, .other))
            capture.appendStartTag(Self.qualified(prefix, localname), attrs.all())
            return
        }
        let name = XMLElementName(namespace(uri), localName(localname))
        stack.append(name)
        if depth == 1 { detect(localname, uri, attrs, nbNamespaces, namespaceList) }
        let ctx = context
        let wants = format.isAtom ? atom?.start(name, attrs, ctx) ?? false : rss?.start(name, attrs, ctx) ?? false
        if wants { capture.begin(depth: depth) }
        if !format.isAtom, let item = rss?.takeInterrupted(plainText: plainText) { emit(item) }
    }

    func endElement(_ localname: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?) {
        keepAlive()
        let depth = stack.count
        guard depth > 0, let localname else { return }
        defer { pop(depth) }
        var text: CapturedText?
        if let captureDepth = capture.depth {
            if depth > captureDepth {
                capture.appendEndTag(Self.qualified(prefix, localname))
                return
            }
            if capture.truncated { truncatedFields += 1 }
            text = capture.finish()
        }
        finishElement(stack[depth - 1], text)
    }

    /// At the end of a recovery pass, ends the elements a truncated document
    /// left open, innermost first, so that the item being read when the input
    /// stopped comes out with the fields that were complete, as feedparser
    /// returns it. The field being read when the input stopped is dropped, not
    /// cut: a cut link or guid would give the item a wrong id; an item left
    /// with no title, link or guid is dropped too. An item emitted here is the
    /// last delivered, and the result says so (`FeedReadResult.lastItemCut`):
    /// the daemon leaves it out while the file's writer may still complete it
    /// (`FeedFileProcessor.withoutCutItem`).
    func closeOpenElements() {
        guard recovering else { return }
        let before = itemCount
        while !stack.isEmpty {
            let depth = stack.count
            if let captureDepth = capture.depth {
                if depth == captureDepth { _ = capture.finish() }   // the cut field, dropped
                pop(depth)
                continue
            }
            finishElement(stack[depth - 1], nil, requireIdentity: true)
            pop(depth)
        }
        if itemCount > before {
            endedInsideItem = FeedDiagnostic(severity: .error, line: line, column: 0, message:
                "feeds: the document ends inside an item (cut short?); the item was read without the field it ended in")
        }
    }

    private func pop(_ depth: Int) {
        stack.removeLast()
        if bases.last?.depth == depth { bases.removeLast() }
        if langs.last?.depth == depth { langs.removeLast() }
    }

    func characters(_ ch: UnsafePointer<xmlChar>?, _ len: Int32) {
        keepAlive()
        guard capture.depth != nil, let ch, len > 0 else { return }
        capture.appendText(ch, Int(len))
    }

    func getEntity(_ name: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
        keepAlive()
        guard let name else { return nil }
        let inAttribute = ctxt?.pointee.instate == XML_PARSER_ATTRIBUTE_VALUE
        return entities.entity(named: String(cString: name), inAttribute: inAttribute)
    }

    func error(_ error: UnsafePointer<xmlError>?) {
        guard let error = error?.pointee else { return }
        let level = error.level
        let message = error.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "error"
        let diagnostic = FeedDiagnostic(severity: level == XML_ERR_WARNING ? .warning : .error,
                                        line: Int(error.line), column: Int(error.int2), message: "libxml2: " + message)
        if level == XML_ERR_FATAL && firstFatal == nil { firstFatal = diagnostic }
        if level != XML_ERR_WARNING { xmlErrors += 1 }
        if diagnostics.count < maxDiagnostics { diagnostics.append(diagnostic) }
    }

    /// - Parameter requireIdentity: emit a completed item only if it has a title, link or guid.
    private func finishElement(_ name: XMLElementName, _ text: CapturedText?, requireIdentity: Bool = false) {
        let ctx = context
        // Optional chaining borrows the builders; `rss!` or `rss != nil` would copy them whole.
        let item = format.isAtom ? atom?.endItem(name, text, ctx, plainText: plainText)
            : rss?.endItem(name, text, ctx, plainText: plainText)
        guard let item else { return }
        if requireIdentity, item.title == nil, item.link == nil, item.guid == nil { return }
        emit(item)
    }

    private func emit(_ item: consuming FeedItem) {
        itemCount += 1
        guard itemCount > skipItems, deliveryError == nil else { return }
        var item = item   // moved, not copied
        item.recovered = recovering || !wellFormed
        item.repairMojibake()
        if feedAtFirstItem == nil { feedAtFirstItem = feed() }
        do { try deliver(feedAtFirstItem ?? feed(), item) } catch {
            deliveryError = error
            if let ctxt { xmlStopParser(ctxt) }
        }
    }
}
