import Foundation
import Testing
@testable import BilateralFeeds

/// Double-encoded UTF-8 is undone run by run; other text is left alone.
@Suite struct MojibakeRepairTests {
    @Test(arguments: [
        ("MÃ©xico", "México"),
        ("CÃ´te dâ€™Ivoire", "Côte d’Ivoire"),
        ("the worldâ€™s biggest", "the world’s biggest"),
        ("AdemÃ¡s, Ã\u{A0}la", "Además, àla"),            // à: Ã and a no-break space
        ("confÃ\u{AD}an", "confían"),                      // í: Ã and a soft hyphen
        ("Â«Â\u{A0}bulleÂ\u{A0}Â»", "«\u{A0}bulle\u{A0}»"),
        ("ðŸ˜€ done", "😀 done"),                          // four bytes, three of them windows-1252
        ("Ã©Ã©", "éé"),
    ])
    func undoesRuns(_ input: String, _ expected: String) {
        #expect(MojibakeRepair.repair(input) == expected)
    }

    @Test(arguments: [
        "São Paulo, SÃO PAULO, Ærø, Łódź, Türkiye",       // Ã before a letter, not a byte 0x80-0xBF
        "Ã©©",                                               // three bytes, not valid UTF-8: kept
        "Ã\u{201B}",                                         // no encoding maps U+201B back
        "Ã€\u{81}",                                          // windows-1252 and a C1 control: neither encoding
        "plain ASCII text",
        "",
    ])
    func leavesOtherTextAlone(_ input: String) {
        #expect(MojibakeRepair.repair(input) == input)
    }

    /// The byte-level repair against a character-level one written from the development
    /// set's pattern, on random strings of the characters that matter.
    @Test func agreesWithACharacterLevelReference() {
        let alphabet: [Unicode.Scalar] = ["a", " ", "é", "Ã", "Â", "â", "à", "í", "ð", "Ï", "ô", "õ", "\u{90}", "\u{A8}", "©", "¡", "¿", "\u{A0}",
                                          "\u{AD}", "\u{81}", "\u{9F}", "€", "™", "Ÿ", "˜", "’", "\u{201B}", "日"]
        var random = SplitMix64(seed: 2026)
        for _ in 0..<5000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<random.next(upTo: 12) { text.append(alphabet[random.next(upTo: alphabet.count)]) }
            let input = String(text)
            #expect(MojibakeRepair.repair(input) == Self.reference(input), "\(input.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// `re.sub(MOJIBAKE, fix, text)` of tools/devset/extract.py, character by character.
    static func reference(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func windows1252(_ value: UInt32) -> UInt8? {
            if (0xA0...0xFF).contains(value) { return UInt8(value) }
            return (UInt32(0x80)...0x9F).first { value > 0xFF && Windows1252.scalar(forC1: $0) == value }.map(UInt8.init)
        }
        func continuation(_ value: UInt32) -> Bool {
            (0x80...0xBF).contains(value) || value == 0x201B || (value > 0xFF && windows1252(value) != nil)
        }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard (0xC2...0xF4).contains(scalars[index].value) else { out.append(scalars[index]); index += 1; continue }
            var end = index + 1
            while end < scalars.count, continuation(scalars[end].value) { end += 1 }
            let run = scalars[index..<end]
            let viaWindows = run.map { windows1252($0.value) }, viaLatin1 = run.map { $0.value <= 0xFF ? UInt8($0.value) : nil }
            let decoded = [viaWindows, viaLatin1].lazy.compactMap { bytes -> String? in
                guard end > index + 1, bytes.allSatisfy({ $0 != nil }) else { return nil }
                return String(validating: bytes.map { $0! }, as: UTF8.self)
            }.first
            if let decoded { out.append(contentsOf: decoded.unicodeScalars) } else { out.append(contentsOf: run) }
            index = end
        }
        return String(out)
    }

    /// A feed's title, text, authors and categories are repaired; the raw summary is not.
    @Test func aFeedIsReadWithItsTextRepaired() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Le Monde.fr - ActualitÃ©s</title><link>http://x</link>
            <item><title>CÃ´te dâ€™Ivoire : les soldats</title><author>RÃ©daction</author>
            <category>Ã‰conomie</category>
            <description>&lt;p&gt;Le prÃ©sident s’est rendu Ã&#160; Abidjan.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let parsed = try FeedReader().read(data: Data(xml.utf8), name: "lemonde.xml")
        #expect(parsed.feed.title == "Le Monde.fr - Actualités")
        let item = try #require(parsed.items.first)
        #expect(item.title == "Côte d’Ivoire : les soldats")
        #expect(item.text == "Côte d’Ivoire : les soldats\n\nLe président s’est rendu à Abidjan.")
        #expect(item.authors == ["Rédaction"])
        #expect(item.categories.map(\.term) == ["Économie"])
        #expect(item.summary?.contains("prÃ©sident") == true, "the raw summary stays as found")
    }
}
