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
            // Written to a scratch buffer and made a String by `UTF8String`: writing into the
            // String's storage (`String(unsafeUninitializedCapacity:)`) had the standard
            // library validate the output byte by byte past its first non-ASCII byte.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count + 16) { output in
                let count = write(input, to: output.baseAddress!)
                return UTF8String.make(UnsafeBufferPointer(rebasing: output[..<count]))
            }
        }
    }

    /// `plainText(first)` and `plainText(second)` separated by a blank line (`"\n\n"`), or
    /// the one that has text, or "": an item's title and body, written into one buffer (two
    /// strings and their concatenation were three allocations and a copy of the body per item).
    static func plainText(joining first: String, _ second: String) -> String {
        var first = first, second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: a.count + b.count + 34) { output in
                    let base = output.baseAddress!
                    let head = write(a, to: base)
                    let offset = head > 0 ? head + 2 : 0
                    let tail = write(b, to: base + offset)
                    if head > 0 && tail > 0 {
                        base[head] = 0x0A
                        base[head + 1] = 0x0A
                    }
                    let count = tail > 0 ? offset + tail : head
                    return UTF8String.make(UnsafeBufferPointer(rebasing: output[..<count]))
                }
            }
        }
    }

    /// Writes the plain text of `input` at `base` (room for `input.count + 16` bytes); returns
    /// its length.
    private static func write(_ input: UnsafeBufferPointer<UInt8>, to base: UnsafeMutablePointer<UInt8>) -> Int {
        guard !input.isEmpty else { return 0 }
        var scanner = HTMLTextScanner(input: input, writer: PlainTextWriter(base: base),
                                      plain: !HTMLTagProbe.containsTag(input))
        scanner.run()
        return scanner.writer.count
    }
}
