import Foundation

/// One pass over an input: bytes → (gunzip) → UTF-8 → libxml2 SAX → items.
struct ReadPass {
    /// What a pass found.
    struct Outcome {
        var feed: Feed
        var diagnostics: [FeedDiagnostic]
        var firstFatal: FeedDiagnostic?
        var wellFormed: Bool
        var itemCount: Int
        var sawRoot: Bool
        var deliveryError: (any Error)?
        var inputError: FeedError?
        var bytesRead: Int64
        /// The last item delivered was cut short by the end of the document (`SAXSession.endedInsideItem`).
        var lastItemCut = false
    }

    let input: FeedInput
    let name: String
    let options: FeedReaderOptions

    func run(recover: Bool, skipItems: Int, deliver: @escaping (Feed, FeedItem) throws -> Void) throws -> Outcome {
        let decoder = InputDecoder()
        let session = SAXSession(fileName: name, recovering: recover, decoder: decoder, options: options,
                                 skipItems: skipItems, deliver: deliver)
        let parser = SAXParser(session: session)
        var running = true
        var total: Int64 = 0
        var inflater: GzipInflater?
        var inputError: FeedError?
        var nulFilter = NULFilter()
        // Only when recovering: a well-formed document is never changed (see StrayMarkupFilter).
        var markupFilter = recover ? StrayMarkupFilter(maxElementBytes: options.maxFieldBytes) : nil
        let toParser: (UnsafeRawBufferPointer) throws -> Void = { utf8 in
            guard running else { return }
            nulFilter.filter(utf8) { clean in
                if markupFilter == nil {
                    running = parser.parse(clean)
                } else {
                    markupFilter?.filter(clean) { if running, !$0.isEmpty { running = parser.parse($0) } }
                }
            }
        }
        var junk: FeedDiagnostic?
        try ChunkReader.forEachChunk(of: input, chunkSize: options.chunkSize) { whole in
            var raw = whole
            // Only when recovering, as the filters: the strict pass read nothing of such a document.
            if recover, total == 0, let start = LeadingJunk.documentStart(in: whole) {
                junk = LeadingJunk.diagnostic(skipped: start, lines: whole[..<start].count { $0 == 0x0A })
                total += Int64(start)
                raw = UnsafeRawBufferPointer(rebasing: whole[start...])
            }
            if total == 0, raw.count >= 2, raw[0] == 0x1F, raw[1] == 0x8B {
                inflater = try GzipInflater(limit: options.maxDecompressedBytes, chunkSize: options.chunkSize)
            }
            total += Int64(raw.count)
            do {
                if let inflater {
                    try inflater.inflate(raw) { try decoder.decode($0, final: false, sink: toParser) }
                } else {
                    try decoder.decode(raw, final: false, sink: toParser)
                }
            } catch let failure as GzipInflater.Failure {
                inputError = Self.error(failure, name: name)
                return false
            }
            return running
        }
        try decoder.decode(UnsafeRawBufferPointer(start: nil, count: 0), final: true, sink: toParser)
        markupFilter?.finish { if running { running = parser.parse($0) } }
        parser.finish()
        session.closeOpenElements()
        if total == 0 { throw FeedError(.empty, file: name, message: "the document is empty") }
        var diagnostics = decoder.diagnostics + session.diagnostics + session.closingDiagnostics()
        if let nul = nulFilter.diagnostic { diagnostics.insert(nul, at: 0) }
        if let ended = session.endedInsideItem { diagnostics.insert(ended, at: 0) }
        if let escaped = markupFilter?.diagnostic { diagnostics.insert(escaped, at: 0) }
        if let junk { diagnostics.insert(junk, at: 0) }
        if let inputError {
            diagnostics.append(FeedDiagnostic(severity: .error, line: 0, column: 0, message: inputError.message))
        }
        return Outcome(feed: session.feed(), diagnostics: diagnostics, firstFatal: session.firstFatal,
                       wellFormed: session.wellFormed && inputError == nil && nulFilter.dropped == 0 && junk == nil, itemCount: session.itemCount,
                       sawRoot: session.sawRoot, deliveryError: session.deliveryError, inputError: inputError,
                       bytesRead: total, lastItemCut: session.endedInsideItem != nil)
    }

    private static func error(_ failure: GzipInflater.Failure, name: String) -> FeedError {
        switch failure {
        case .limitExceeded(let limit):
            return FeedError(.decompression, file: name,
                             message: "feeds: decompressed size passes the limit of \(limit) bytes; reading stopped")
        case .corrupt(let message):
            return FeedError(.decompression, file: name, message: "feeds: corrupt gzip data: \(message)")
        }
    }
}
