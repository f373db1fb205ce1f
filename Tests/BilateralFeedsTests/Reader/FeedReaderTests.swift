import BilateralFeeds
import Foundation
import Testing

@Suite("FeedReader")
struct FeedReaderTests {
    static let broken = """
        <rss version="2.0"><channel><title>S</title>
        <item><title>1</title></item><item><title>2</title></item>
        <item><title>3 &bogus; x</title></item><item><title>4</title></item>
        </channel></rss>
        """

    /// The result says when its last item is the one the document ended inside, and only then.
    @Test("lastItemCut marks an item cut short by the end of the document")
    func lastItemCut() throws {
        let head = "<rss version=\"2.0\"><channel><title>C</title><item><title>One</title><guid>1</guid></item>"
        let cut = try FeedReader().read(data: Data((head + "<item><title>Two</title><guid>2</guid><link>http://ex").utf8))
        #expect(cut.items.map(\.title) == ["One", "Two"])
        #expect(cut.lastItemCut)
        // Cut before any identity: that item is not given, so the last one is complete.
        let none = try FeedReader().read(data: Data((head + "<item><title>Tw").utf8))
        #expect(none.items.map(\.title) == ["One"])
        #expect(!none.lastItemCut)
        let whole = try FeedReader().read(data: Data((head + "</channel></rss>").utf8))
        #expect(!whole.lastItemCut)
        let garbage = try FeedReader().read(data: Data((head + "</channel><").utf8))
        #expect(garbage.recovered && !garbage.lastItemCut)
    }

    @Test("empty input throws .empty")
    func empty() {
        #expect { try FeedReader().read(data: Data()) } throws: { ($0 as? FeedError)?.code == .empty }
    }

    @Test("not XML throws with line and column")
    func notXML() {
        #expect { try FeedReader().read(data: Data("just some text".utf8)) } throws: { error in
            guard let error = error as? FeedError else { return false }
            return error.code == .notXML && error.line == 1 && error.description.contains("<data>")
                && error.message.contains("does not start with XML markup")
        }
    }

    @Test("a root that is not a feed throws .noFeedRoot")
    func noFeedRoot() {
        #expect { try FeedReader().read(data: Data("<html><body/></html>".utf8)) } throws: {
            ($0 as? FeedError)?.code == .noFeedRoot
        }
    }

    @Test("a missing file throws .unreadable naming the file")
    func missingFile() {
        #expect { try FeedReader().read(fileAt: "/nonexistent/feed.xml") } throws: { error in
            (error as? FeedError)?.code == .unreadable && "\(error)".contains("/nonexistent/feed.xml")
        }
    }

    @Test("collected reads flag every item of a broken document")
    func collectedRecovery() throws {
        let parsed = try FeedReader().read(data: Data(Self.broken.utf8))
        #expect(parsed.items.map(\.title) == ["1", "2", "3  x", "4"])
        #expect(parsed.items.allSatisfy { $0.recovered })
        #expect(parsed.diagnostics.contains { $0.severity == .error && $0.line == 3 && $0.column > 0 })
    }

    @Test("streamed reads deliver items before the error unflagged, then the rest flagged, none twice")
    func streamedRecovery() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID()).xml")
        try Data(Self.broken.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let reader = FeedReader(options: FeedReaderOptions(collectLimit: 0))
        var items: [FeedItem] = []
        let result = try reader.read(file: file.path) { items.append($0) }
        #expect(items.map(\.title) == ["1", "2", "3  x", "4"])
        #expect(items.map(\.recovered) == [false, false, true, true])
        #expect(result.itemCount == 4 && result.recovered)
    }

    @Test("errors thrown by the item handler stop the read and propagate")
    func handlerError() throws {
        struct Stop: Error {}
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stop-\(UUID()).xml")
        try Data("<rss><channel><item><title>a</title></item><item/></channel></rss>".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var seen = 0
        #expect(throws: Stop.self) {
            _ = try FeedReader(options: FeedReaderOptions(collectLimit: 0)).read(file: file.path) { _ in
                seen += 1
                throw Stop()
            }
        }
        #expect(seen == 1)
    }

    @Test("chunk boundaries inside multi-byte characters, legacy and UTF-8, change nothing")
    func tinyChunks() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><item><title>Москва</title></item></channel></rss>"
        let cp1251 = Data(xml.data(using: .windowsCP1251)!)
        let utf8 = Data(xml.replacingOccurrences(of: "windows-1251", with: "utf-8").utf8)
        for (data, encoding) in [(cp1251, "windows-1251"), (utf8, "utf-8")] {
            let reader = FeedReader(options: FeedReaderOptions(chunkSize: 3))
            let parsed = try reader.read(data: data)
            #expect(parsed.items.first?.title == "Москва")
            #expect(parsed.feed.encoding == encoding)
        }
    }
}
