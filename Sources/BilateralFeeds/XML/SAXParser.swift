internal import CLibXML2

/// One libxml2 SAX2 push-parser pass over UTF-8 chunks, events going to a `SAXSession`.
///
/// A class only because it owns the parser context; never shared between tasks.
final class SAXParser {
    private static let initialized: Bool = {
        xmlInitParser()
        bilateral_install_refusing_entity_loader()
        return true
    }()

    /// Safe options: no network, no entity substitution, no DTD loading, no huge mode;
    /// the declared encoding is ignored because the input is always transcoded to UTF-8.
    static func options(recover: Bool) -> Int32 {
        var o = XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_IGNORE_ENC.rawValue
        if recover { o |= XML_PARSE_RECOVER.rawValue }
        return Int32(o)
    }

    private let ctxt: xmlParserCtxtPtr
    private let session: SAXSession

    init(session: SAXSession) {
        _ = Self.initialized
        self.session = session
        var handler = Self.handler()
        let user = Unmanaged.passUnretained(session).toOpaque()
        ctxt = xmlCreatePushParserCtxt(&handler, user, nil, 0, session.fileName)
        xmlCtxtUseOptions(ctxt, Self.options(recover: session.recovering))
        xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
        session.ctxt = ctxt
    }

    deinit {
        session.ctxt = nil
        // With an internal DTD subset, SAX2 keeps its entity declarations in a compat-mode
        // document it creates on the context; the context does not free it.
        if let doc = ctxt.pointee.myDoc {
            xmlFreeDoc(doc)
            ctxt.pointee.myDoc = nil
        }
        xmlFreeParserCtxt(ctxt)
    }

    /// Parses one chunk of UTF-8. Returns false once the parser has stopped (a fatal error in
    /// strict mode, a halted parser, or a stopped delivery): further input would be ignored.
    func parse(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard chunk.count > 0 else { return isRunning }
        _ = xmlParseChunk(ctxt, chunk.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(chunk.count), 0)
        return isRunning
    }

    /// Ends the document.
    func finish() {
        if isRunning { _ = xmlParseChunk(ctxt, nil, 0, 1) }
    }

    private var isRunning: Bool {
        ctxt.pointee.instate != XML_PARSER_EOF && ctxt.pointee.disableSAX == 0
    }

    private static func handler() -> xmlSAXHandler {
        var h = xmlSAXHandler()
        h.initialized = XML_SAX2_MAGIC
        h.startElementNs = { ctx, localname, prefix, uri, nbNs, nsList, nbAttrs, _, attrs in
            withSession(ctx) { $0.startElement(localname, prefix, uri, nbNs, nsList, nbAttrs, attrs) }
        }
        h.endElementNs = { ctx, localname, prefix, _ in withSession(ctx) { $0.endElement(localname, prefix) } }
        h.characters = { ctx, ch, len in withSession(ctx) { $0.characters(ch, len) } }
        h.cdataBlock = { ctx, ch, len in withSession(ctx) { $0.characters(ch, len) } }
        h.getEntity = { ctx, name in sessionOf(ctx).getEntity(name) }
        h.entityDecl = { ctx, name, type, _, _, content in
            guard let name else { return }
            sessionOf(ctx).entities.declare(name: String(cString: name), type: type,
                                          content: content.map { String(cString: $0) })
        }
        h.serror = { ctx, error in sessionOf(ctx).error(error) }
        return h
    }
}

/// Runs `body` on the session behind a libxml2 context pointer without retaining it: the
/// parser owns the session for as long as callbacks can come, and a retain/release pair on
/// each of the millions of element and text callbacks was a visible part of a parse.
@inline(__always)
private func withSession<R>(_ ctx: UnsafeMutableRawPointer?, _ body: (SAXSession) -> R) -> R {
    Unmanaged<SAXSession>.fromOpaque(ctx!)._withUnsafeGuaranteedRef(body)
}

/// The session behind a libxml2 context pointer (C callbacks cannot capture).
private func sessionOf(_ ctx: UnsafeMutableRawPointer?) -> SAXSession {
    Unmanaged<SAXSession>.fromOpaque(ctx!).takeUnretainedValue()
}
