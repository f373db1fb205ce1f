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
///   Soft hyphens (U+00AD, which split words in German news) are removed, as
///   are zero-width spaces written as references (`&#8203;`).
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
            // Written to a scratch buffer and made a String by `UTF8String`: writing into the
            // String's storage (`String(unsafeUninitializedCapacity:)`) had the standard
            // library validate the output byte by byte past its first non-ASCII byte.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count + 16) { output in
                var scanner = HTMLTextScanner(
                    input: input, writer: PlainTextWriter(base: output.baseAddress!), plain: plain)
                scanner.run()
                return UTF8String.make(UnsafeBufferPointer(rebasing: output[..<scanner.writer.count]))
            }
        }
    }
}
