import BilateralFeeds
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
