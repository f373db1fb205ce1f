import Foundation
import Testing
@testable import BilateralFeeds

/// A fixture `Fixtures/text/<name>.html` and its expected text `<name>.txt`.
/// A first line `<!-- Description: ... -->` is the fixture's note and is not input.
struct TextFixture: CustomTestStringConvertible, Sendable {
    let name: String
    let html: String
    let expected: String

    var testDescription: String { name }

    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/text")

    static func all() -> [TextFixture] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().compactMap { file in
            let name = String(file.dropLast(5))
            guard var html = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8),
                  var expected = try? String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
            else { return nil }
            if html.hasPrefix("<!-- Description:"), let newline = html.firstIndex(of: "\n") {
                html = String(html[html.index(after: newline)...])
            }
            if expected.hasSuffix("\n") { expected.removeLast() }
            return TextFixture(name: name, html: html, expected: expected)
        }
    }
}

@Suite struct HTMLTextTests {
    static let fixtures = TextFixture.all()

    @Test func everyFixtureHasItsExpectedText() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TextFixture.folder.path)
        #expect(Self.fixtures.count == names.filter { $0.hasSuffix(".html") }.count)
        #expect(Self.fixtures.count >= 15)
    }

    @Test(arguments: fixtures)
    func fixture(_ f: TextFixture) {
        #expect(HTMLText.plainText(f.html) == f.expected)
    }

    @Test func emptyAndBlankInputsGiveEmptyText() {
        #expect(HTMLText.plainText("") == "")
        #expect(HTMLText.plainText(" \n\t ") == "")
        #expect(HTMLText.plainText("<p></p><br><div> </div>") == "")
    }

    @Test func textWithoutMarkupIsOnlyNormalised() {
        #expect(HTMLText.plainText("  Hello,\t world  ") == "Hello, world")
        #expect(HTMLText.plainText("Fish &amp; chips\r\nfor two") == "Fish & chips\nfor two")
    }

    @Test func nonBreakingSpacesBecomeSpaces() {
        #expect(HTMLText.plainText("<b>a</b>\u{A0}\u{A0}b&#160;c") == "a b c")
    }

    @Test func unterminatedCommentAndRawTextDropTheRest() {
        #expect(HTMLText.plainText("<p>kept</p><!-- open comment <p>gone") == "kept")
        #expect(HTMLText.plainText("<p>kept</p><script>gone();") == "kept")
        #expect(HTMLText.plainText("<p>kept</p><![CDATA[open cdata") == "kept\nopen cdata")
    }

    @Test func endTagsWithoutNamesAreDropped() {
        #expect(HTMLText.plainText("a</>b</ bogus>c") == "abc")
    }

    @Test func multibyteTextIsCopiedIntact() {
        let text = "Ελλάδα — 日本 — Россия — 😀"
        #expect(HTMLText.plainText("<p>\(text)</p>") == text)
    }

    @Test func largeInputKeepsEveryParagraph() {
        let html = String(repeating: "<p>Paragraph &amp; <b>more</b>.</p>\n", count: 10_000)
        let lines = HTMLText.plainText(html).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 10_000)
        #expect(lines.allSatisfy { $0 == "Paragraph & more." })
    }
}

@Suite struct HTMLEntitiesTests {
    @Test func lookupUsesTheHTML4TableCaseSensitively() {
        #expect(HTMLEntities.lookup(name: "eacute") == "é")
        #expect(HTMLEntities.lookup(name: "Eacute") == "É")
        #expect(HTMLEntities.lookup(name: "hellip") == "…")
        #expect(HTMLEntities.lookup(name: "thetasym") == "ϑ")
        #expect(HTMLEntities.lookup(name: "nbsp") == "\u{A0}")
        #expect(HTMLEntities.lookup(name: "amp") == "&")
        #expect(HTMLEntities.lookup(name: "AMP") == nil)
    }

    @Test func aposIsKnownThoughNotHTML4() {
        #expect(HTMLEntities.lookup(name: "apos") == "'")
        #expect(HTMLEntities.decode("it&apos;s") == "it's")
    }

    @Test func unknownNamesAreNil() {
        #expect(HTMLEntities.lookup(name: "bogus") == nil)
        #expect(HTMLEntities.lookup(name: "") == nil)
        #expect(HTMLEntities.lookup(name: String(repeating: "a", count: 40)) == nil)
    }

    @Test func numericReferences() {
        #expect(HTMLEntities.decode("&#233;&#xE9;&#XE9;&#65") == "éééA")
        #expect(HTMLEntities.decode("&#x1F600;") == "😀")
    }

    @Test func windows1252Remapping() {
        #expect(HTMLEntities.decode("&#146;&#147;&#148;&#150;&#151;&#128;&#153;") == "’“”–—€™")
        #expect(HTMLEntities.decode("&#129;") == "\u{81}")
    }

    @Test func invalidCodePointsBecomeReplacementCharacters() {
        #expect(HTMLEntities.decode("&#0;&#xD800;&#x110000;&#99999999999;") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func whatIsNotAReferenceStays() {
        for s in ["AT&T", "&bogus;", "&amp", "&#;", "&#x;", "a & b", "&", "&;", "tail&"] {
            #expect(HTMLEntities.decode(s) == s)
        }
    }

    @Test func decodingIsSinglePass() {
        #expect(HTMLEntities.decode("&amp;lt; &lt;b&gt;") == "&lt; <b>")
    }

    @Test func decodeLeavesMarkupAndWhitespaceAlone() {
        #expect(HTMLEntities.decode("<p>  caf&eacute;\n</p>") == "<p>  café\n</p>")
        #expect(HTMLEntities.decode("no references") == "no references")
    }
}

/// Markup-heavy pseudo-random inputs (fixed seed): whatever the input, the
/// output keeps the layout promises and is never longer than the input.
@Suite struct HTMLTextPropertyTests {
    static let pieces = [
        "<", ">", "/", "!", "-", "--", "&", "#", "x", ";", "a", "p", "br", "pre", "script", "style",
        "<p>", "</p>", "<br/>", "<pre>", "</pre>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>",
        "\"", "'", "=", " ", "\n", "\t", "\r\n", "\u{A0}", "&amp;", "&nbsp;", "&#146;", "&#x1F600;", "&bogus;",
        "é", "日本", "😀", "<td>", "<li>", "<a href=\"x>y\">", "text", "&#0", "&#x", "<?", "<!DOCTYPE html>",
    ]

    static func randomInput(_ g: inout SplitMix64) -> String {
        let count = Int.random(in: 0...40, using: &g)
        return (0..<count).map { _ in pieces.randomElement(using: &g)! }.joined()
    }

    @Test func outputKeepsItsLayoutPromises() {
        var g = SplitMix64(seed: 2026)
        for _ in 0..<20_000 {
            let input = Self.randomInput(&g)
            let text = HTMLText.plainText(input)
            #expect(text.utf8.count <= input.utf8.count, "input: \(input.debugDescription)")
            #expect(!text.contains("\n\n") && !text.contains("  "), "input: \(input.debugDescription)")
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !text.isEmpty {
                #expect(!line.isEmpty && line.first != " " && line.last != " ", "input: \(input.debugDescription)")
            }
            #expect(!text.unicodeScalars.contains { $0 == "\u{A0}" || $0 == "\t" || $0 == "\r" })
        }
    }

    @Test func decodingNeverGrowsTheText() {
        var g = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let input = Self.randomInput(&g)
            #expect(HTMLEntities.decode(input).utf8.count <= input.utf8.count, "input: \(input.debugDescription)")
        }
    }
}
