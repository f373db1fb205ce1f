import BilateralFeeds
import Glibc
import Foundation
import Testing

/// Every file of `../shared/realfeeds/files` gives the item count of MANIFEST.tsv; the three
/// files that are not well-formed are flagged (items `recovered`, error diagnostics).
@Suite("real feeds")
struct RealFeedsTests {
    struct Entry {
        var file: String
        var items: Int
        var wellFormed: Bool
    }

    static func manifest() throws -> [Entry] {
        let folder = SharedData.root!.appendingPathComponent("realfeeds")
        let text = try String(contentsOf: folder.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count > 6, let items = Int(columns[4]) else { return nil }
            return Entry(file: columns[0], items: items, wellFormed: columns[6] == "yes")
        }
    }

    @Test("all 31 files give their items", .enabled(if: SharedData.available("realfeeds")))
    func allFiles() throws {
        let entries = try Self.manifest()
        #expect(entries.count == 31)
        let folder = SharedData.root!.appendingPathComponent("realfeeds/files")
        for entry in entries {
            let parsed = try FeedReader().read(fileAt: folder.appendingPathComponent(entry.file).path)
            print("realfeeds: \(entry.file): \(parsed.items.count)/\(entry.items) items, format \(parsed.feed.format), "
                  + "encoding \(parsed.feed.encoding ?? "?"), recovered \(parsed.recovered), "
                  + "\(parsed.diagnostics.count) diagnostics")
            #expect(parsed.items.count == entry.items, "\(entry.file)")
            #expect(parsed.recovered == !entry.wellFormed, "\(entry.file)")
            #expect(parsed.items.allSatisfy { $0.recovered == !entry.wellFormed }, "\(entry.file)")
            if !entry.wellFormed {
                #expect(parsed.diagnostics.contains { $0.severity == .error }, "\(entry.file)")
            }
            #expect(parsed.items.allSatisfy { !$0.text.isEmpty }, "\(entry.file)")
        }
    }

    @Test("declared ISO-8859-1 on UTF-8 bytes is read as UTF-8", .enabled(if: SharedData.available("realfeeds")))
    func declaredEncodingLies() throws {
        let path = SharedData.root!.appendingPathComponent("realfeeds/files/finanzen-net_n1.xml").path
        let parsed = try FeedReader().read(fileAt: path)
        #expect(parsed.feed.encoding == "utf-8")
        #expect(parsed.diagnostics.contains { $0.severity == .warning && $0.message.contains("UTF-8") })
    }

    /// The four files that MANIFEST.tsv says carry double-encoded UTF-8 are read without it: no
    /// title or text keeps a run such as `Ã©` or `â€™`, and some accented text comes out.
    @Test("double-encoded UTF-8 is undone", .enabled(if: SharedData.available("realfeeds")))
    func doubleEncodedUTF8() throws {
        let folder = SharedData.root!.appendingPathComponent("realfeeds/files")
        for (file, accented) in [("20minutos_20170107T1307.xml", "á"), ("lemonde_20170107T1618.xml", "é"),
                                 ("japantoday_20170108T0025.xml", "›"), ("breakingnews-ie_20170106T2221.xml", "’")] {
            let parsed = try FeedReader().read(fileAt: folder.appendingPathComponent(file).path)
            let texts = parsed.items.flatMap { [$0.title ?? "", $0.text] }
            for marker in ["Ã©", "Ã¡", "Ã³", "â€™", "â€¦", "â€º"] {
                #expect(!texts.contains { $0.contains(marker) }, "\(file): \(marker)")
            }
            #expect(texts.contains { $0.contains(accented) }, "\(file)")
        }
    }

    @Test("undeclared Latin-1 is read as windows-1252", .enabled(if: SharedData.available("realfeeds")))
    func undeclaredLatin1() throws {
        let path = SharedData.root!.appendingPathComponent("realfeeds/files/uol-noticias_20180924.rss").path
        let parsed = try FeedReader().read(fileAt: path)
        #expect(parsed.feed.encoding == "windows-1252")
        #expect(parsed.items.contains { $0.text.contains("ã") || $0.text.contains("ç") || $0.text.contains("é") })
        #expect(!parsed.items.contains { $0.text.contains("\u{FFFD}") })
    }
}

/// The real feeds' text, saved again without its declaration in the legacy
/// charset of its language (as a fetcher that drops the HTTP header would),
/// is read in that charset: the guess is right and the titles come back.
@Suite("real feeds in legacy charsets")
struct RealFeedsLegacyCharsetTests {
    /// File, iconv charset, the label the reader must report.
    static let cases: [(String, String, String)] = [
        ("lenta_20200612T1648.xml", "WINDOWS-1251", "windows-1251"),
        ("lenta_20200612T1648.xml", "KOI8-R", "koi8-r"),
        ("citydog-by_20170125T1434.xml", "WINDOWS-1251", "windows-1251"),
        ("elpais_20190508T1702.xml", "WINDOWS-1252", "windows-1252"),
        ("elmundo_20190601T1054.xml", "WINDOWS-1252", "windows-1252"),
        ("libertaddigital_20210124T2132.xml", "WINDOWS-1252", "windows-1252"),
        ("heise_20160201T1754.atom", "WINDOWS-1252", "windows-1252"),
    ]
    // Not yandex-news, lemonde, lefigaro, jdd, derstandard...: their files carry double-encoded
    // UTF-8 (`Ð’` for `В`, `Ã©` for `é`), which the reader undoes; saved in a legacy charset,
    // that text turns into UTF-8 or question marks, no longer the feed's.

    @Test("re-encoded real feeds are guessed right", .enabled(if: SharedData.available("realfeeds")))
    func reencoded() throws {
        let folder = SharedData.root!.appendingPathComponent("realfeeds/files")
        for (file, charset, label) in Self.cases {
            let original = try FeedReader().read(fileAt: folder.appendingPathComponent(file).path)
            var text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text.removeSubrange(text.startIndex..<end.upperBound) }
            let bytes = try #require(Self.encode(text, to: charset), "\(file) in \(charset)")
            let parsed = try FeedReader().read(data: Data(bytes), name: file)
            #expect(parsed.feed.encoding == label, "\(file)")
            #expect(parsed.items.count == original.items.count, "\(file)")
            // The titles the charset can hold come back as they were.
            var compared = 0
            for (item, originalItem) in zip(parsed.items, original.items) {
                guard let title = originalItem.title, Self.encode(title, to: charset, lossless: true) != nil else { continue }
                compared += 1
                #expect(item.title == title, "\(file) in \(charset)")
            }
            #expect(compared * 2 >= original.items.count, "\(file): \(compared) titles compared")
        }
    }

    /// `text` in `charset` through iconv; characters it lacks transliterated, or nil with `lossless`.
    static func encode(_ text: String, to charset: String, lossless: Bool = false) -> [UInt8]? {
        let handle = iconv_open(lossless ? charset : charset + "//TRANSLIT", "UTF-8")
        guard let handle, handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let status = input.withUnsafeMutableBytes { inBuf in
            output.withUnsafeMutableBytes { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress!.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let result = iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft)
                return (result, outBuf.count - outLeft)
            }
        }
        guard status.0 != -1 else { return nil }
        return Array(output[0..<status.1])
    }
}
