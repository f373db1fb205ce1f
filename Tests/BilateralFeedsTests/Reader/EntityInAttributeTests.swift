import BilateralFeeds
import Foundation
import Testing

@Suite("entities in attribute values")
struct EntityInAttributeTests {
    @Test("HTML entities and &amp; in attribute values are decoded whole")
    func htmlEntityInAttribute() throws {
        let xml = """
            <rss version="2.0"><channel><title>T</title><item><title>x</title>
            <enclosure url="http://e.example/caf&eacute;.mp3?x=1&amp;y=&copy;" type="a/b"/></item></channel></rss>
            """
        let parsed = try FeedReader().read(data: Data(xml.utf8))
        #expect(parsed.items.first?.enclosures.first?.url == "http://e.example/café.mp3?x=1&y=©")
    }
}
