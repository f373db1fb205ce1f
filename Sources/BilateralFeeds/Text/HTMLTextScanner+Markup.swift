/// Tags, comments, CDATA sections and declarations.
extension HTMLTextScanner {
    /// At a `<`: a tag, a comment or declaration, or a literal `<`.
    mutating func markup() {
        let next = i + 1 < input.count ? input[i + 1] : 0
        if isLetter(next) {
            startTag()
        } else if next == UInt8(ascii: "/") {
            endTag()
        } else if next == UInt8(ascii: "!") {
            declaration()
        } else if next == UInt8(ascii: "?") {
            i = skip(past: UInt8(ascii: ">"), from: i + 2)
        } else {
            writer.write(UInt8(ascii: "<"))
            i += 1
        }
    }

    private mutating func startTag() {
        let nameStart = i + 1
        let nameEnd = tagNameEnd(from: nameStart)
        guard let end = tagEnd(from: nameEnd) else {
            i = input.count  // cut off by the end of the input: dropped
            return
        }
        i = end.index
        switch HTMLElementKind.of(input, from: nameStart, to: nameEnd) {
        case .inline: break
        case .block: writer.lineBreak()
        case .cell: writer.space()
        case .preformatted:
            writer.lineBreak()
            if !end.selfClosing { preDepth += 1 }
        case .rawText:
            if !end.selfClosing { skipRawText(name: nameStart..<nameEnd) }
        }
    }

    private mutating func endTag() {
        let nameStart = i + 2
        guard nameStart < input.count, isLetter(input[nameStart]) else {
            // `</>` is nothing; `</ ...>` a bogus comment.
            i = skip(past: UInt8(ascii: ">"), from: nameStart)
            return
        }
        let nameEnd = tagNameEnd(from: nameStart)
        guard let end = tagEnd(from: nameEnd) else {
            i = input.count
            return
        }
        i = end.index
        switch HTMLElementKind.of(input, from: nameStart, to: nameEnd) {
        case .block: writer.lineBreak()
        case .cell: writer.space()
        case .preformatted:
            writer.lineBreak()
            preDepth = max(0, preDepth - 1)
        case .inline, .rawText: break
        }
    }

    /// `<!--...-->`, `<![CDATA[...]]>` or `<!DOCTYPE ...>`.
    private mutating func declaration() {
        if starts(with: "<!--", at: i) {
            i = skip(past: "-->", from: i + 4)
        } else if starts(with: "<![CDATA[", at: i) {
            let contentStart = i + 9
            let close = find("]]>", from: contentStart) ?? input.count
            writeVerbatim(from: contentStart, to: close)
            i = min(close + 3, input.count)
        } else {
            i = skip(past: UInt8(ascii: ">"), from: i + 2)
        }
    }

    /// Skips the content of a raw-text element up to and including `</name ...>`.
    private mutating func skipRawText(name: Range<Int>) {
        var k = i
        while let lt = find("</", from: k) {
            let candidate = lt + 2
            if matchesName(name, at: candidate) {
                let after = candidate + name.count
                if after >= input.count || isTagNameEnd(input[after]) {
                    i = skip(past: UInt8(ascii: ">"), from: after)
                    return
                }
            }
            k = lt + 2
        }
        i = input.count
    }

    /// The end of a tag name: whitespace, `/` or `>`.
    private func tagNameEnd(from start: Int) -> Int {
        var k = start
        while k < input.count, !isTagNameEnd(input[k]) { k += 1 }
        return k
    }

    @inline(__always)
    private func isTagNameEnd(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
    }

    @inline(__always)
    func isLetter(_ c: UInt8) -> Bool {
        c | 0x20 >= 0x61 && c | 0x20 <= 0x7A
    }

    private func matchesName(_ name: Range<Int>, at start: Int) -> Bool {
        guard start + name.count <= input.count else { return false }
        for k in 0..<name.count
        where HTMLElementKind.lowercased(input[start + k]) != HTMLElementKind.lowercased(input[name.lowerBound + k]) {
            return false
        }
        return true
    }
}
