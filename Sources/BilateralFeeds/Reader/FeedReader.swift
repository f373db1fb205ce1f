import Foundation

/// Reads RSS (0.90-2.0, RDF), Atom (0.3, 1.0) and CDF documents with libxml2's SAX2 push
/// parser, streaming, in bounded memory, from a file (plain or gzip), `Data` or standard input.
///
/// Decompression: a gzip input whose output passes `maxDecompressedBytes` (a gzip bomb) stops
/// there; it throws `FeedError.Code.decompression` unless items were already read.
///
/// Broken documents: the document is parsed strictly; on a fatal XML error it is parsed again
/// in libxml2's recovery mode and every item that can be read is returned with
/// `recovered = true` and a diagnostic (line, column, message). Documents that are not
/// well-formed in a repairable way (bytes that are not UTF-8, HTML entities undefined in XML)
/// also mark their items `recovered`.
///
/// Streaming policy: inputs up to `FeedReaderOptions.collectLimit` (32 MiB; for gzip, the
/// uncompressed size from the trailer) are read whole before any item is delivered, so
/// `recovered` is exact. Larger inputs are streamed: items delivered before a fatal error keep
/// the flag they had then; the recovery pass skips them and delivers the rest, flagged.
public struct FeedReader: Sendable {
    public var options: FeedReaderOptions

    public init(options: FeedReaderOptions = FeedReaderOptions()) {
        self.options = options
    }

    /// Streams the items of a file (plain or gzip) to `onItem`, in document order.
    /// - Throws: `FeedError` when nothing can be read; rethrows `onItem`'s errors.
    public func read(file path: String, onItem: (FeedItem) throws -> Void) throws -> FeedReadResult {
        try read(.file(path), name: path) { _, item in try onItem(item) }
    }

    /// Streams the items of a file (plain or gzip) to `onEntry` with the feed they belong to,
    /// in document order. For inputs read whole (up to `collectLimit`) the feed is complete;
    /// for larger, streamed inputs it holds the channel elements that precede the first item.
    /// - Throws: `FeedError` when nothing can be read; rethrows `onEntry`'s errors.
    public func read(file path: String, onEntry: (Feed, FeedItem) throws -> Void) throws -> FeedReadResult {
        try read(.file(path), name: path, onEntry: onEntry)
    }

    /// `read(file:onEntry:)` with `name` instead of `path` in errors and
    /// diagnostics: for a file opened under another path (a descriptor's
    /// `/proc/self/fd/N`) than the one its user knows.
    public func read(file path: String, name: String, onEntry: (Feed, FeedItem) throws -> Void) throws -> FeedReadResult {
        try read(.file(path), name: name, onEntry: onEntry)
    }

    /// Reads a whole file (plain or gzip) into memory.
    /// - Throws: `FeedError` when nothing can be read.
    public func read(fileAt path: String) throws -> ParsedFeed {
        try collect(.file(path), name: path)
    }

    /// Reads a document held in memory (plain or gzip).
    /// - Throws: `FeedError` when nothing can be read.
    public func read(data: Data, name: String = "<data>") throws -> ParsedFeed {
        try collect(.data(data), name: name)
    }

    /// Streams the items of standard input (spooled to a temporary file, so a recovery pass
    /// can read it again).
    /// - Throws: `FeedError` when nothing can be read; rethrows `onItem`'s errors.
    public func readStandardInput(onItem: (FeedItem) throws -> Void) throws -> FeedReadResult {
        try readStandardInput { _, item in try onItem(item) }
    }

    /// Streams the items of standard input with the feed they belong to (see `read(file:onEntry:)`).
    /// - Throws: `FeedError` when nothing can be read; rethrows `onEntry`'s errors.
    public func readStandardInput(onEntry: (Feed, FeedItem) throws -> Void) throws -> FeedReadResult {
        let spool = try StandardInputSpool()
        defer { spool.remove() }
        return try read(.file(spool.path), name: "<stdin>", onEntry: onEntry)
    }

    /// The size of the document in the file at `path`: the file's size, or
    /// for gzip the uncompressed size its trailer gives (mod 4 GiB) when that
    /// is larger; 0 when it cannot be opened. What decides whether
    /// `read(file:onEntry:)` reads it whole (see the streaming policy).
    public static func estimatedSize(ofFile path: String) -> Int64 {
        ChunkReader.estimatedSize(of: .file(path))
    }

    private func collect(_ input: FeedInput, name: String) throws -> ParsedFeed {
        let pass = ReadPass(input: input, name: name, options: options)
        guard ChunkReader.estimatedSize(of: input) <= options.collectLimit else {
            var items: [FeedItem] = []
            let result = try stream(pass) { _, item in items.append(item) }
            return ParsedFeed(feed: result.feed, items: items, diagnostics: result.diagnostics, recovered: result.recovered,
                              lastItemCut: result.lastItemCut)
        }
        let (outcome, items) = try readWhole(pass)
        let result = try result(outcome, name: name)
        return ParsedFeed(feed: result.feed, items: items, diagnostics: result.diagnostics, recovered: result.recovered,
                              lastItemCut: result.lastItemCut)
    }

    private func read(_ input: FeedInput, name: String, onEntry: (Feed, FeedItem) throws -> Void) throws -> FeedReadResult {
        let pass = ReadPass(input: input, name: name, options: options)
        let streaming = ChunkReader.estimatedSize(of: input) > options.collectLimit
        return try withoutActuallyEscaping(onEntry) { onEntry in
            if streaming { return try stream(pass, onEntry) }
            let (outcome, items) = try readWhole(pass)
            for item in items { try onEntry(outcome.feed, item) }
            return try result(outcome, name: name)
        }
    }

    /// Strict pass, then (on a fatal XML error) a recovery pass: the outcome and items of the
    /// pass that counts, each item's `recovered` set from the whole document. Items are collected
    /// once and flagged in place (the feed is the outcome's): the strict pass used to keep a
    /// (feed, item) pair per item and hand each on to a second array, then a third, copying
    /// every item and the feed.
    private func readWhole(_ pass: ReadPass) throws -> (ReadPass.Outcome, [FeedItem]) {
        var items: [FeedItem] = []
        var outcome = try pass.run(recover: false, skipItems: 0) { _, item in items.append(item) }
        if let error = outcome.deliveryError { throw error }
        if outcome.firstFatal != nil, outcome.inputError == nil {
            items.removeAll()
            outcome = try pass.run(recover: true, skipItems: 0) { _, item in items.append(item) }
            if let error = outcome.deliveryError { throw error }
            outcome.wellFormed = false
        }
        for i in items.indices { items[i].recovered = !outcome.wellFormed }
        return (outcome, items)
    }

    /// Strict pass delivering as it goes, then (on a fatal XML error) a recovery pass that skips
    /// the items already delivered.
    private func stream(_ pass: ReadPass, _ deliver: @escaping (Feed, FeedItem) throws -> Void) throws -> FeedReadResult {
        let strict = try pass.run(recover: false, skipItems: 0, deliver: deliver)
        if let error = strict.deliveryError { throw error }
        guard strict.firstFatal != nil, strict.inputError == nil else { return try result(strict, name: pass.name) }
        var recovered = try pass.run(recover: true, skipItems: strict.itemCount, deliver: deliver)
        if let error = recovered.deliveryError { throw error }
        recovered.wellFormed = false
        return try result(recovered, name: pass.name)
    }

    private func result(_ outcome: ReadPass.Outcome, name: String) throws -> FeedReadResult {
        if let error = outcome.inputError, outcome.itemCount == 0 { throw error }
        if !outcome.sawRoot || (outcome.feed.format == .unknown && outcome.itemCount == 0) {
            if let error = outcome.inputError { throw error }
            let fatal = outcome.firstFatal ?? outcome.diagnostics.first { $0.severity == .error }
            // libxml2 says "Document is empty" where a root should start and none does: said as what it
            // is, for the daemon's failed/ report as for `classify`.
            let notMarkup = fatal?.message.hasSuffix("Document is empty") == true
            throw FeedError(outcome.sawRoot ? .noFeedRoot : .notXML, file: name, line: fatal?.line ?? 0,
                            column: fatal?.column ?? 0,
                            message: outcome.sawRoot ? "feeds: the root element is not RSS, RDF, Atom or CDF"
                                : notMarkup ? "feeds: the file does not start with XML markup (a JSON, text or binary file?)"
                                : fatal?.message ?? "feeds: no XML element found")
        }
        return FeedReadResult(feed: outcome.feed, diagnostics: outcome.diagnostics,
                              recovered: !outcome.wellFormed, itemCount: outcome.itemCount,
                              lastItemCut: outcome.lastItemCut)
    }
}
