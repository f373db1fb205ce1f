import Testing
@testable import BilateralFeeds

@Suite("Bytes before the first tag")
struct LeadingJunkTests {
    private func start(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBytes { LeadingJunk.documentStart(in: $0) }
    }

    @Test func findsTheDeclarationOrRootAfterText() {
        #expect(start("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n<?xml version=\"1.0\"?><rss>") == 43)
        #expect(start("garbage\n<rss version=\"2.0\">") == 8)
        #expect(start("x <feed xmlns=\"http://www.w3.org/2005/Atom\">") == 2)
        #expect(start("note: <rdf:RDF>") == 6)
        // The earlier of a declaration and a root.
        #expect(start("junk <rss> then <?xml") == 5)
    }

    @Test func leavesDocumentsThatStartWithMarkup() {
        #expect(start("<?xml version=\"1.0\"?><rss>") == nil)
        #expect(start("\u{FEFF}  \n<rss>") == nil)
        #expect(start("<html><body>HTTP <rss></body>") == nil)
    }

    @Test func findsNoStartInOtherText() {
        #expect(start("just text, no feed here") == nil)
        #expect(start("a <rssfoo> and <feeds> are not roots") == nil)
        // UTF-16 text: NULs between the letters.
        let utf16: [UInt8] = [0x78, 0x00, 0x0A, 0x00] + Array("<?xml".utf8)
        #expect(utf16.withUnsafeBytes { LeadingJunk.documentStart(in: $0) } == nil)
    }
}
