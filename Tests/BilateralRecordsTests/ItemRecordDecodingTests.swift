import BilateralClassifier
import Foundation
import Testing
@testable import BilateralRecords

@Suite struct ItemRecordDecodingTests {
    static func sample() -> ItemRecord {
        ItemRecord(
            id: "00112233445566778899aabbccddeeff",
            feed: .init(title: "VOV \"World\"", link: "https://vov.vn/", file: "inbox/vov.xml", format: "rss2"),
            title: "Russia and China sign\ngas deal", link: "https://vov.vn/a?x=1&y=2", guid: nil,
            published: Date(timeIntervalSince1970: 1_382_428_800), updated: nil,
            authors: ["A. Writer"], categories: ["World", "Énergie"], language: "en",
            text: "Line one\u{2028}tab\there, quote \" backslash \\ control \u{1}",
            countries: [ActorMention(code: "RU", name: "Russia", mentions: 9),
                        ActorMention(code: "CN", name: "China", mentions: 4)],
            topics: [TopicScore(id: "energy", score: 0.91), TopicScore(id: "trade", score: 1)],
            dyads: [Dyad(pair: "CN-RU", topics: [DyadTopic(id: "energy", score: 0.9, evidence: ["They signed."])])],
            recovered: true, classifier: "test-1")
    }

    @Test func roundTripsTheJSONLine() throws {
        let record = Self.sample()
        #expect(try ItemRecord(jsonLine: record.jsonLine()) == record)
    }

    @Test func roundTripsThePrettyJSON() throws {
        let record = Self.sample()
        #expect(try ItemRecord(jsonLine: record.prettyJSON()) == record)
    }

    @Test func readsNullsAndIgnoresUnknownFields() throws {
        let line = """
            {"id":"ab","feed":{"title":null,"link":null,"file":"f.xml","format":"atom10"},"title":null,\
            "link":null,"guid":"g","published":null,"updated":"2020-01-02T03:04:05Z","authors":[],\
            "categories":[],"language":null,"text":"t","countries":[],"topics":[],"dyads":[],\
            "recovered":false,"classifier":"c","future":{"x":1}}
            """
        let record = try ItemRecord(jsonLine: line)
        #expect(record.title == nil && record.published == nil && record.guid == "g")
        #expect(record.updated == Date(timeIntervalSince1970: 1_577_934_245))
    }

    @Test func rejectsWhatIsNotARecord() {
        #expect(throws: (any Error).self) { try ItemRecord(jsonLine: "{\"id\": 3}") }
        #expect(throws: (any Error).self) { try ItemRecord(jsonLine: "not json") }
    }
}

@Suite struct JSONWriterEscapeTests {
    func encoded(_ s: String) -> String {
        var w = JSONWriter(pretty: false)
        w.string(s)
        return w.output
    }

    @Test func plainTextTakesNoEscapes() {
        #expect(encoded("Énergie: Россия – 中国 ✓") == "\"Énergie: Россия – 中国 ✓\"")
    }

    @Test func everyCharacterThatNeedsItIsEscaped() {
        #expect(encoded("a\"b\\c\nd\te\u{1}f\u{2028}g\u{2029}h") == "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g\\u2029h\"")
        // 0xE2 leads other characters too: they pass unchanged on the slow path.
        #expect(encoded("– €\"") == "\"– €\\\"\"")
    }

    /// The escapes one character at a time, as RFC 8259 and the writer's
    /// contract say: the reference for the word-at-a-time scan.
    private func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00..<0x20, 0x2028, 0x2029: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func randomTextMatchesTheOneByOneReference() {
        // Characters on both sides of every test the scan makes, at every
        // offset within an eight-byte word.
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "~", "\u{7F}", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}",
                                          "\u{1F}", "!", "#", "[", "]", "é", "–", "’", "€", "\u{2028}", "\u{2029}",
                                          "\u{202A}", "\u{2027}", "中", "😀", "Б"]
        var rng = SplitMix64(seed: 2028)
        for _ in 0..<3_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 40) { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            let text = String(s)
            #expect(encoded(text) == reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// One character that may need an escape, at every position of plain
    /// texts of every length up to 80 bytes: each place of the 32- and
    /// 16-byte blocks and of the byte-by-byte tail of the scan.
    @Test func oneSpecialCharacterAtEveryOffset() {
        let characters: [Unicode.Scalar] = ["\"", "\\", "\n", "\u{0}", "\u{1F}", " ", "\u{7F}", "\u{2028}", "\u{2029}", "–", "é"]
        for length in 0...80 {
            for position in 0..<max(length, 1) {
                for character in characters {
                    var s = String.UnicodeScalarView(repeating: "a", count: length)
                    if length > 0 { s.replaceSubrange(s.index(s.startIndex, offsetBy: position)...s.index(s.startIndex, offsetBy: position), with: [character]) }
                    let text = String(s)
                    #expect(encoded(text) == reference(text), "length \(length), \(character) at \(position)")
                }
            }
        }
    }

    /// The writer's buffer grows (doubling from 64 bytes) in the middle of
    /// every kind of piece: escapes, runs copied as they are, keys, digits.
    @Test func aSmallBufferGrowsWithoutLosingAByte() {
        let alphabet: [Unicode.Scalar] = ["a", "\"", "\\", "\n", "\u{1}", "é", "\u{2028}", "中", "😀"]
        var rng = SplitMix64(seed: 64)
        var texts: [String] = []
        for _ in 0..<400 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 90) { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            texts.append(String(s))
        }
        var w = JSONWriter(pretty: false, capacity: 1)
        w.beginArray()
        for (index, text) in texts.enumerated() {
            w.beginObject()
            w.key(static: "n"); w.int(index * 1_000_003)
            w.key(text); w.string(text)
            w.endObject()
        }
        w.endArray()
        let expected = "[" + texts.enumerated().map { index, text in
            "{\"n\":\(index * 1_000_003),\(reference(text)):\(reference(text))}"
        }.joined(separator: ",") + "]"
        #expect(w.output == expected)
        #expect(w.bytes == Array(expected.utf8))
    }
}
