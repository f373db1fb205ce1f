/// Finds, for the recovery pass (`StrayMarkupFilter`), a text element whose
/// content is HTML written raw and left unclosed, and rewrites that content
/// as one CDATA section.
///
/// `<description>Para one<br>Para <b>two</description>` is common in feeds
/// made by hand: RSS descriptions are HTML, and the HTML was not escaped. The
/// `<br>` and `<b>` are never closed, so libxml2's recovery closes the wrong
/// elements from there on; no item after it ends where the document says,
/// and none was read. Written as `<description><![CDATA[Para one<br>Para
/// <b>two]]></description>`, the content is what the feed meant: HTML, which
/// the reader turns into text as it does an escaped description's.
///
/// Only the elements that hold text or HTML (`title`, `description`,
/// `summary`, `content`, `*:encoded`, any prefix) are looked at, and only
/// when their content's markup does not balance: balanced markup (an xhtml
/// `<div>`, `<b>x</b>`) is left to the parser. Never across items: content
/// holding an `item` or `entry` tag is left alone, as is a start tag that
/// says `xhtml`, and content without its end tag within `limit` bytes.
struct UnclosedHTMLWrapper {
    enum Decision: Equatable {
        /// More input is needed to decide.
        case wait
        /// Not an element to rewrite.
        case skip
        /// Rewrite `content` as CDATA; the element's end tag ends at `end`.
        case wrap(content: Range<Int>, end: Int)
    }

    /// The local names of the elements that hold text or HTML.
    static let textElements: Set<[UInt8]> = Set(["title", "description", "summary", "content", "encoded"].map { Array($0.utf8) })

    /// The most bytes looked at for an element's end tag.
    let limit: Int

    /// What to do with the element whose start tag begins at `at` (a `<` and a name).
    func decide(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, final: Bool) -> Decision {
        let count = bytes.count
        var i = at + 1
        while i < count, XMLNameByte.isPart(bytes[i]) { i += 1 }
        guard i < count else { return final ? .skip : .wait }
        let name = bytes[(at + 1)..<i]
        guard Self.textElements.contains(Array(Self.localName(name))) else { return .skip }
        // The end of the start tag (quotes may hold '>').
        var quote: UInt8?
        while i < count {
            let byte = bytes[i]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            } else if byte == UInt8(ascii: "<") {
                return .skip
            }
            i += 1
        }
        guard i < count else { return final || i - at > limit ? .skip : .wait }
        if bytes[i - 1] == UInt8(ascii: "/") || ByteMarker.find("xhtml", in: bytes[at..<i], from: at) != nil { return .skip }
        let contentStart = i + 1
        let (found, sameStart) = Self.endTag(name, in: bytes, from: contentStart)
        if sameStart { return .skip }   // another start tag of the name first: not this element's text
        guard let (contentEnd, end) = found else {
            return final || count - at > limit ? .skip : .wait
        }
        let content = contentStart..<contentEnd
        guard content.count <= limit, Self.needsWrapping(bytes[content]) else { return .skip }
        return .wrap(content: content, end: end)
    }

    /// `content` as one CDATA section: CDATA sections inside it are opened
    /// (their text is kept as it is), and any other `]]>` is split.
    static func wrapped(_ content: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        var out: [UInt8] = Array("<![CDATA[".utf8)
        out.reserveCapacity(content.count + 24)
        var i = content.startIndex
        while i < content.endIndex {
            if content[i] == UInt8(ascii: "<"), ByteMarker.match("<![CDATA[", in: content, at: i) == true {
                let inner = i + 9
                let close = ByteMarker.find("]]>", in: content, from: inner) ?? content.endIndex
                out += content[inner..<close]
                i = min(content.endIndex, close + 3)
            } else if content[i] == UInt8(ascii: "]"), ByteMarker.match("]]>", in: content, at: i) == true {
                out += Array("]]]]><![CDATA[>".utf8)
                i += 3
            } else {
                out.append(content[i])
                i += 1
            }
        }
        out += Array("]]>".utf8)
        return out
    }

    /// Whether `content` holds markup that does not balance or is HTML's, not
    /// XML's (an attribute without quotes or without a value), and no item or
    /// entry tag.
    static func needsWrapping(_ content: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var open: [ArraySlice<UInt8>] = []
        var unbalanced = false
        var i = content.startIndex
        let end = content.endIndex
        while i < end {
            guard content[i] == UInt8(ascii: "<"), i + 1 < end else {
                i += 1
                continue
            }
            let next = content[i + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                // CDATA, comment, declaration or processing instruction: skip it whole.
                let marker = ByteMarker.match("<![CDATA[", in: content, at: i) == true ? "]]>"
                    : ByteMarker.match("<!--", in: content, at: i) == true ? "-->"
                    : next == UInt8(ascii: "?") ? "?>" : ">"
                guard let close = ByteMarker.find(marker, in: content, from: i + 2) else { return true }
                i = close + marker.utf8.count
                continue
            }
            let closing = next == UInt8(ascii: "/")
            var j = i + (closing ? 2 : 1)
            let nameStart = j
            guard j < end, XMLNameByte.isStart(content[j]) else {
                i += 1   // a stray '<': text
                continue
            }
            while j < end, XMLNameByte.isPart(content[j]) { j += 1 }
            let name = ArraySlice(content[nameStart..<j])
            let local = localName(name)
            if local.elementsEqual("item".utf8) || local.elementsEqual("entry".utf8) { return false }
            guard let tag = attributes(content, from: j) else { return true }   // a tag that does not end
            if tag.html { unbalanced = true }
            if closing {
                if open.last == name { open.removeLast() } else { unbalanced = true }
            } else if !tag.selfClosing {
                open.append(name)
            }
            i = tag.end
        }
        return unbalanced || !open.isEmpty
    }

    /// Reads a tag's attributes from `from` (after its name) to its `>`: the
    /// index after the tag, whether it ends with `/>`, and whether an
    /// attribute is written as only HTML allows (no quotes, no value); nil
    /// when the tag does not end.
    private static func attributes(_ content: Slice<UnsafeBufferPointer<UInt8>>,
                                   from: Int) -> (end: Int, selfClosing: Bool, html: Bool)? {
        let end = content.endIndex
        var j = from
        var html = false
        func skipSpaces() { while j < end, content[j] == 0x20 || content[j] == 0x09 || content[j] == 0x0A || content[j] == 0x0D { j += 1 } }
        while true {
            skipSpaces()
            guard j < end else { return nil }
            let byte = content[j]
            if byte == UInt8(ascii: ">") { return (j + 1, false, html) }
            if byte == UInt8(ascii: "/"), j + 1 < end, content[j + 1] == UInt8(ascii: ">") { return (j + 2, true, html) }
            guard XMLNameByte.isStart(byte) else {
                html = true
                j += 1
                continue
            }
            while j < end, XMLNameByte.isPart(content[j]) { j += 1 }
            skipSpaces()
            guard j < end, content[j] == UInt8(ascii: "=") else {
                html = true   // an attribute without a value
                continue
            }
            j += 1
            skipSpaces()
            guard j < end else { return nil }
            let quote = content[j]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                j += 1
                while j < end, content[j] != quote { j += 1 }
                guard j < end else { return nil }
                j += 1
            } else {
                html = true   // a value without quotes
                while j < end, content[j] != UInt8(ascii: ">"), content[j] != 0x20, content[j] != 0x09,
                      content[j] != 0x0A, content[j] != 0x0D { j += 1 }
            }
        }
    }

    /// The end tag `</name>` (spaces allowed before `>`) at or after `from`:
    /// where it starts and the index after it; or that a start tag `<name`
    /// comes first (`sameStart`), where the search stops, so that a document
    /// of many unclosed elements is searched in linear time.
    private static func endTag(_ name: Slice<UnsafeBufferPointer<UInt8>>, in bytes: UnsafeBufferPointer<UInt8>,
                               from: Int) -> (found: (Int, Int)?, sameStart: Bool) {
        var i = from
        let count = bytes.count
        while i + 2 + name.count < count {
            if bytes[i] == UInt8(ascii: "<") {
                if bytes[i + 1] == UInt8(ascii: "/"), bytes[(i + 2)..<(i + 2 + name.count)].elementsEqual(name) {
                    var j = i + 2 + name.count
                    while j < count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1 }
                    if j < count, bytes[j] == UInt8(ascii: ">") { return ((i, j + 1), false) }
                } else if bytes[(i + 1)..<(i + 1 + name.count)].elementsEqual(name), !XMLNameByte.isPart(bytes[i + 1 + name.count]) {
                    return (nil, true)
                }
            }
            i += 1
        }
        return (nil, false)
    }

    /// The part of a qualified name after its prefix.
    private static func localName<C: BidirectionalCollection>(_ name: C) -> C.SubSequence where C.Element == UInt8 {
        if let colon = name.lastIndex(of: UInt8(ascii: ":")) { return name[name.index(after: colon)...] }
        return name[...]
    }
}
