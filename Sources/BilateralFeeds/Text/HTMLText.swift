/// HTML fragments (item descriptions and contents) to plain text.
///
/// Rules, in the order a reader meets them:
/// - Tags are removed; `<script>`, `<style>`, `<noscript>`, `<template>`
///   and `<iframe>` are removed with their content; comments, doctypes and
///   processing instructions are removed; CDATA sections keep their text.
/// - Character references are decoded (`HTMLEntities`); unknown ones stay.
/// - Block elements (`p`, `div`, `br`, `li`, `h1`–`h6`, `tr`, `table`,
///   `blockquote`, `pre`, `hr`, ...) end a line. Lines are separated by one
///   `"\n"`: there are no blank lines, and none at the start or end.
/// - Inside a line, whitespace runs (including U+00A0 no-break space)
///   become one space; lines are trimmed. Table cells are separated by a space.
/// - A `<` that does not open a tag (`a < b`) is text. A tag cut off by the
///   end of the input is dropped, as HTML5 does. Quoted attribute values may
///   hold `>`.
/// - Input without any tag is plain text: its line breaks are kept (blank
///   lines dropped) and entities decoded.
public enum HTMLText {
    /// The plain text of an HTML fragment.
    /// - Parameter html: HTML or plain text.
    /// - Returns: The text, lines separated by `"\n"`, without blank lines.
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { input in
            guard !input.isEmpty else { return "" }
            let plain = !HTMLTagProbe.containsTag(input)
            return String(unsafeUninitializedCapacity: input.count + 16) { output in
                var scanner = HTMLTextScanner(
                    input: input, writer: PlainTextWriter(base: output.baseAddress!), plain: plain)
                scanner.run()
                return scanner.writer.count
            }
        }
    }
}

/// Decides whether a fragment holds markup at all.
enum HTMLTagProbe {
    /// True when some `<` is followed by a letter, `/`, `!` or `?`.
    static func containsTag(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i + 1 < n {
            guard let lt = b[i..<n].firstIndex(of: UInt8(ascii: "<")), lt + 1 < n else { return false }
            let next = b[lt + 1]
            if next | 0x20 >= 0x61 && next | 0x20 <= 0x7A { return true }
            if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return true }
            i = lt + 1
        }
        return false
    }
}
