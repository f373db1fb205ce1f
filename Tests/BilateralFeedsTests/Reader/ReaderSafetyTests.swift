import BilateralFeeds
import Foundation
import Testing

/// Inputs built to exhaust memory or leak files: they must be stopped or read harmlessly.
@Suite("hostile inputs")
struct HostileInputTests {
    static func fixture(_ path: String) -> String {
        FixtureCase.folder.appendingPathComponent(path).path
    }

    @Test("a gzip bomb stops at the decompression cap with a clear error")
    func gzipBomb() throws {
        let reader = FeedReader(options: FeedReaderOptions(maxDecompressedBytes: 16 << 20))
        #expect {
            _ = try reader.read(fileAt: Self.fixture("hostile/gzip-bomb.xml.gz"))
        } throws: { error in
            guard let error = error as? FeedError else { return false }
            return error.code == .decompression && error.message.contains("limit")
        }
    }

    @Test("a gzip bomb under a larger cap is read, its huge field truncated with a warning")
    func gzipBombTruncated() throws {
        let reader = FeedReader(options: FeedReaderOptions(maxFieldBytes: 1 << 20))
        let parsed = try reader.read(fileAt: Self.fixture("hostile/gzip-bomb.xml.gz"))
        #expect(parsed.items.count == 1)
        #expect(parsed.items[0].title?.utf8.count == 1 << 20)
        #expect(parsed.diagnostics.contains { $0.message.contains("truncated") })
    }

    @Test("billion laughs expands nothing")
    func billionLaughs() throws {
        let parsed = try FeedReader().read(fileAt: Self.fixture("hostile/billion-laughs.xml"))
        #expect(parsed.items.allSatisfy { $0.text.utf8.count < 1000 })
        #expect(parsed.recovered)
    }

    @Test("the XXE secret file exists, so the XXE tests are real")
    func secretExists() throws {
        let secret = try String(contentsOfFile: Self.fixture("hostile/secret.txt"), encoding: .utf8)
        #expect(secret.contains("TOPSECRET-7f3a"))
    }

    @Test("an absolute-path file XXE leaks nothing")
    func absoluteXXE() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://\(Self.fixture("hostile/secret.txt"))">]>
            <rss version="2.0"><channel><title>&xxe;</title><item><title>a &xxe; b</title></item></channel></rss>
            """
        let parsed = try? FeedReader().read(data: Data(xml.utf8))
        #expect(!"\(String(describing: parsed))".contains("TOPSECRET"))
    }
}
