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

    /// The byte search that skips most text: lead and continuation must follow each other.
    @Test func candidatesNeedALeadThenAContinuation() {
        func may(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(MojibakeRepair.mayHoldRun) }
        #expect(may("MÃ©xico"))
        #expect(may("dâ€™Ivoire"))
        #expect(!may("México, Además, São Paulo"))
        #expect(!may("Ã"))
        #expect(!may("aÃ"))
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
