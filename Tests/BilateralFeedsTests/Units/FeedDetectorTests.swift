import BilateralFeeds
import Testing

@Suite("FeedDetector")
struct FeedDetectorTests {
    @Test("root name, namespace and version decide the format")
    func formats() {
        #expect(FeedDetector.detect(rootName: "rss", namespaceURI: nil, version: "2.0") == .rss2)
        #expect(FeedDetector.detect(rootName: "rss", namespaceURI: nil, version: "2.01") == .rss2)
        #expect(FeedDetector.detect(rootName: "rss", namespaceURI: nil, version: "0.91") == .rss091)
        #expect(FeedDetector.detect(rootName: "rss", namespaceURI: nil, version: "0.94") == .rss094)
        #expect(FeedDetector.detect(rootName: "rss", namespaceURI: nil, version: nil) == .rss)
        #expect(FeedDetector.detect(rootName: "RDF", namespaceURI: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                                    version: nil) == .rss1)
        #expect(FeedDetector.detect(rootName: "RDF", namespaceURI: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                                    version: nil, childNamespaceURI: "http://my.netscape.com/rdf/simple/0.9/") == .rss090)
        #expect(FeedDetector.detect(rootName: "feed", namespaceURI: "http://www.w3.org/2005/Atom", version: nil) == .atom10)
        #expect(FeedDetector.detect(rootName: "feed", namespaceURI: "http://purl.org/atom/ns#", version: "0.3") == .atom03)
        #expect(FeedDetector.detect(rootName: "feed", namespaceURI: "http://purl.org/echo/", version: "0.3") == .atom03)
        #expect(FeedDetector.detect(rootName: "CHANNEL", namespaceURI: nil, version: nil) == .cdf)
        #expect(FeedDetector.detect(rootName: "html", namespaceURI: nil, version: nil) == .unknown)
        #expect(FeedDetector.detect(rootName: "feed", namespaceURI: "urn:other", version: nil) == .unknown)
    }
}
