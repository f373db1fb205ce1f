@testable import BilateralFeeds
import Testing

@Suite("encoding sniffing")
struct EncodingSnifferTests {
    func sniff(_ bytes: [UInt8]) -> EncodingSniffer.Result {
        bytes.withUnsafeBytes { EncodingSniffer.sniff($0) }
    }

    @Test("BOMs and UTF-16/32 patterns")
    func unicodeForms() {
        #expect(sniff([0xEF, 0xBB, 0xBF, 0x3C]).unicodeForm == "utf-8")
        #expect(sniff([0xFF, 0xFE, 0x3C, 0x00]) == .init(unicodeForm: "utf-16le", bomLength: 2))
        #expect(sniff([0xFE, 0xFF, 0x00, 0x3C]) == .init(unicodeForm: "utf-16be", bomLength: 2))
        #expect(sniff([0x3C, 0x00, 0x3F, 0x00]) == .init(unicodeForm: "utf-16le", bomLength: 0))
        #expect(sniff([0x00, 0x3C, 0x00, 0x3F]) == .init(unicodeForm: "utf-16be", bomLength: 0))
        #expect(sniff([0xFF, 0xFE, 0x00, 0x00]) == .init(unicodeForm: "utf-32le", bomLength: 4))
        #expect(sniff([0x00, 0x00, 0x00, 0x3C]) == .init(unicodeForm: "utf-32be", bomLength: 0))
    }

    @Test("the declaration's encoding, lower-cased, either quote")
    func declaration() {
        #expect(sniff(Array("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss/>".utf8)).declared == "koi8-r")
        #expect(sniff(Array("<?xml version='1.0' encoding = 'Big5' ?>".utf8)).declared == "big5")
        #expect(sniff(Array("<?xml version=\"1.0\"?><rss encoding=\"x\"/>".utf8)).declared == nil)
        #expect(sniff(Array("<rss/>".utf8)).declared == nil)
    }
}
