/// Escapes, in the recovery pass's UTF-8 stream, the `&` and `<` that
/// cannot begin markup, before libxml2 sees them.
///
/// The two most common faults of hand-made feeds are a bare `&` (`AT&T`,
/// `Q&A`, a link's `?id=5&lang=en`) and a bare `<` (`inflation < 3%`).
/// libxml2's recovery mode handles them badly: it drops a bare `&` with the
/// name after it (`AT&T` read as `AT`, the link as `?id=5=en`), and a `<`
/// followed by a space or a digit stops the parse (no item after it is read).
/// feedparser keeps such characters as text; so does this filter, by writing
/// them as `&amp;` and `&lt;`:
/// - a `&` stays as it is when a reference follows (`&name;`, `&#38;`,
///   `&#x26;`; `&mdash;` too, for the reader's HTML-entity handling), and
///   becomes `&amp;` otherwise (`&#X41;` too, which XML does not allow: HTML
///   text then reads it as `A`);
/// - a `<` stays as it is when markup may follow (a name, `/`, `!`, `?`) and
///   becomes `&lt;` otherwise.
///
/// A text element whose content is raw HTML left unclosed
/// (`<description>one<br>two</description>`) has its content written as a
/// CDATA section (`UnclosedHTMLWrapper`): libxml2 would close the wrong
/// elements from there on, and read no item after it.
///
/// CDATA sections, comments, processing instructions and the document type
/// declaration (with its internal subset) pass unchanged. A `&` or `<` at the
/// very end of the input (a truncated document) passes unchanged too. The
/// reader runs the filter only in the recovery pass, after the strict pass
/// failed, so a well-formed document is never changed. libxml2's columns on a
/// line after an escaped character are then off by the bytes added (lines are
/// right); `diagnostic` gives the original line and column of the first of each.
struct StrayMarkupFilter {
    private enum Zone: Equatable {
        case markup
        case cdata
        case comment
        case instruction
        /// Inside `<!DOCTYPE`: bracket depth of the internal subset, and the open quote if any.
        case doctype(depth: Int, quote: UInt8?)
    }

    /// A position in the original input (1-based line; column in characters).
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// `&` written as `&amp;` so far.
    private(set) var ampersands = 0
    /// `<` written as `&lt;` so far.
    private(set) var lessThans = 0
    /// Text elements whose content was written as CDATA so far.
    private(set) var wrappedElements = 0
    private(set) var firstAmpersand: Position?
    private(set) var firstLessThan: Position?
    private(set) var firstWrapped: Position?

    /// The longest name a kept reference may have (the longest HTML entity name has 31 characters).
    static let maxReferenceLength = 40

    private let wrapper: UnclosedHTMLWrapper
    private var zone = Zone.markup
    /// Input bytes not decided yet (a `&` or `<` at the end of a chunk, or a possible end marker).
    private var carry: [UInt8] = []
    /// The size of `carry` when it last waited: it is looked at again only once
    /// it has doubled, so that an element whose end comes in many small chunks
    /// is searched in linear time, not once per chunk.
    private var waited = 0
    private var joined: [UInt8] = []
    private var output: [UInt8] = []
    /// Where the next input byte is (kept only until every first position is known).
    private var line = 1
    private var column = 1

    /// - Parameter maxElementBytes: the most bytes of a text element looked at
    ///   to find its end tag (`FeedReaderOptions.maxFieldBytes`).
    init(maxElementBytes: Int = 8 << 20) {
        wrapper = UnclosedHTMLWrapper(limit: maxElementBytes)
    }

    /// Calls `body` with `bytes` filtered: with `bytes` itself when nothing in it
    /// changes and nothing was carried, else with a rewritten copy (possibly
    /// empty when all of it waits for more input).
    mutating func filter(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        if carry.isEmpty {
            try run(bytes, final: false, body)
        } else if carry.count + bytes.count < 2 * waited {
            carry += bytes
        } else {
            joined.removeAll(keepingCapacity: true)
            joined += carry
            joined += bytes
            carry.removeAll(keepingCapacity: true)
            let input = joined
            try input.withUnsafeBytes { try run($0, final: false, body) }
        }
    }

    /// Flushes what was carried, at the end of the input.
    mutating func finish(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard !carry.isEmpty else { return }
        let input = carry
        carry.removeAll()
        try input.withUnsafeBytes { try run($0, final: true, body) }
    }

    /// The diagnostic for a document in which anything was rewritten, if
    /// anything was: at the first rewrite, with the first of each kind when
    /// there were several kinds.
    var diagnostic: FeedDiagnostic? {
        let kinds = [(ampersands, "bare '&'", firstAmpersand), (lessThans, "stray '<'", firstLessThan),
                     (wrappedElements, wrappedElements == 1 ? "text element holding HTML that is not XML" : "text elements holding HTML that is not XML",
                      firstWrapped)]
            .compactMap { count, what, first in first.map { (count, what, $0) } }
        guard let first = kinds.map(\.2).min(by: { ($0.line, $0.column) < ($1.line, $1.column) }) else { return nil }
        let parts = kinds.map { count, what, position in
            kinds.count == 1 ? "\(count) \(what)" : "\(count) \(what) (first at line \(position.line), column \(position.column))"
        }
        return FeedDiagnostic(severity: .error, line: first.line, column: first.column,
                              message: "feeds: " + parts.joined(separator: " and ") + " read as text")
    }

    /// Filters `input`; bytes whose fate needs more input go to `carry` unless `final`.
    private mutating func run(_ input: UnsafeRawBufferPointer, final: Bool,
                              _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        let bytes = input.bindMemory(to: UInt8.self)
        let count = bytes.count
        var start = 0          // first byte not yet copied to the output
        var changed = false    // whether the output differs from input[0..<index]
        var index = 0
        output.removeAll(keepingCapacity: true)

        func copy(upTo end: Int) {
            if changed, end > start { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
            start = end
        }
        func replace(_ range: Range<Int>, with text: UnsafeBufferPointer<UInt8>) {
            if !changed {   // start is 0 until the first replacement
                output.reserveCapacity(count + 64)
                changed = true
            }
            copy(upTo: range.lowerBound)
            output.append(contentsOf: text)
            start = range.upperBound
        }
        func replace(_ position: Int, with text: StaticString) {
            replace(position..<(position + 1), with: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        scan: while index < count {
            switch zone {
            case .markup:
                guard let next = Self.nextSpecial(bytes, from: index) else {
                    track(bytes, from: index, to: count)
                    index = count
                    break scan
                }
                track(bytes, from: index, to: next)
                index = next
                let decision = bytes[next] == UInt8(ascii: "&")
                    ? Self.ampersand(bytes, at: next, final: final)
                    : lessThan(bytes, at: next, final: final)
                switch decision {
                case .wait:
                    break scan
                case .keep(let length, let zone):
                    self.zone = zone
                    track(bytes, from: next, to: next + length)
                    index = next + length
                case .wrap(let content, let end):
                    wrappedElements += 1
                    if firstWrapped == nil { firstWrapped = Position(line: line, column: column) }
                    let cdata = UnclosedHTMLWrapper.wrapped(bytes[content])
                    cdata.withUnsafeBufferPointer { replace(content, with: $0) }
                    track(bytes, from: next, to: end)
                    index = end
                case .escape:
                    if bytes[next] == UInt8(ascii: "&") {
                        ampersands += 1
                        if firstAmpersand == nil { firstAmpersand = Position(line: line, column: column) }
                        replace(next, with: "&amp;")
                    } else {
                        lessThans += 1
                        if firstLessThan == nil { firstLessThan = Position(line: line, column: column) }
                        replace(next, with: "&lt;")
                    }
                    track(bytes, from: next, to: next + 1)
                    index = next + 1
                }
            case .cdata, .comment, .instruction:
                let marker = zone == .cdata ? "]]>" : zone == .comment ? "-->" : "?>"
                let length = marker.utf8.count
                if let end = ByteMarker.find(marker, in: bytes, from: index) {
                    track(bytes, from: index, to: end + length)
                    index = end + length
                    zone = .markup
                } else {
                    // The marker may straddle the chunk's end: keep its possible start.
                    let keep = final ? count : max(index, count - (length - 1))
                    track(bytes, from: index, to: keep)
                    index = keep
                    if !final { break scan }
                }
            case .doctype(var depth, var quote):
                let from = index
                while index < count {
                    let byte = bytes[index]
                    index += 1
                    if let open = quote {
                        if byte == open { quote = nil }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: "[") {
                        depth += 1
                    } else if byte == UInt8(ascii: "]") {
                        depth = max(0, depth - 1)
                    } else if byte == UInt8(ascii: ">"), depth == 0 {
                        zone = .markup
                        break
                    }
                }
                if zone != .markup { zone = .doctype(depth: depth, quote: quote) }
                track(bytes, from: from, to: index)
            }
        }
        if index < count {
            // Undecided bytes wait for the next chunk.
            carry.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<count]))
            waited = carry.count
        }
        if changed {
            copy(upTo: index)
            try output.withUnsafeBytes(body)
        } else if index > 0 {
            try body(UnsafeRawBufferPointer(rebasing: input[0..<index]))
        }
    }

    private enum Decision {
        /// More input is needed to decide.
        case wait
        /// Markup or a reference: pass these bytes unchanged and go on in `zone`.
        case keep(length: Int, zone: Zone)
        /// Write the character as a reference.
        case escape
        /// A text element with unclosed HTML: write `content` as CDATA; the element ends at `end`.
        case wrap(content: Range<Int>, end: Int)
    }

    /// The first `&` or `<` at or after `index`.
    private static func nextSpecial(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var i = index
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") { return i }
            i += 1
        }
        return nil
    }

    /// What to do with the `&` at `at`.
    private static func ampersand(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, final: Bool) -> Decision {
        let count = bytes.count
        var i = at + 1
        guard i < count else { return final ? .keep(length: 1, zone: .markup) : .wait }
        let accepts: (UInt8) -> Bool
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            guard i < count else { return final ? .escape : .wait }
            if bytes[i] == UInt8(ascii: "x") {
                i += 1
                accepts = isHexDigit
            } else {
                accepts = XMLNameByte.isDigit
            }
            guard i < count else { return final ? .escape : .wait }
            guard accepts(bytes[i]) else { return .escape }
        } else {
            guard XMLNameByte.isStart(bytes[i]) else { return .escape }
            accepts = XMLNameByte.isPart
        }
        while i < count, i - at <= maxReferenceLength {
            let byte = bytes[i]
            if byte == UInt8(ascii: ";") { return .keep(length: i + 1 - at, zone: .markup) }
            guard accepts(byte) else { return .escape }
            i += 1
        }
        return i - at > maxReferenceLength || final ? .escape : .wait
    }

    /// What to do with the `<` at `at`.
    private func lessThan(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, final: Bool) -> Decision {
        let count = bytes.count
        guard at + 1 < count else { return final ? .keep(length: 1, zone: .markup) : .wait }
        let next = bytes[at + 1]
        if next == UInt8(ascii: "?") { return .keep(length: 2, zone: .instruction) }
        if next == UInt8(ascii: "!") {
            for (marker, zone) in [("<![CDATA[", Zone.cdata), ("<!--", .comment), ("<!DOCTYPE", .doctype(depth: 0, quote: nil))] {
                switch ByteMarker.match(marker, in: bytes, at: at) {
                case .some(true): return .keep(length: marker.utf8.count, zone: zone)
                case .none: if !final { return .wait }
                case .some(false): break
                }
            }
            return .keep(length: 2, zone: .markup)
        }
        if next == UInt8(ascii: "/") { return .keep(length: 1, zone: .markup) }
        guard XMLNameByte.isStart(next) else { return .escape }
        switch wrapper.decide(bytes, at: at, final: final) {
        case .wait: return .wait
        case .skip: return .keep(length: 1, zone: .markup)
        case .wrap(let content, let end): return .wrap(content: content, end: end)
        }
    }

    /// Advances the line and column over `bytes[from..<to]` (characters: UTF-8
    /// continuation bytes do not count), until both first positions are known.
    private mutating func track(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        guard firstAmpersand == nil || firstLessThan == nil || firstWrapped == nil, from < to else { return }
        for i in from..<to {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        XMLNameByte.isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }
}
