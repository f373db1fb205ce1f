import Testing
@testable import BilateralService

@Suite struct InboxFileFilterTests {
    let filter = InboxFileFilter(ignore: DaemonConfiguration.Watch().ignore)

    @Test(arguments: ["bbc.xml", "a.rss", "b.atom", "c.rdf", "d.xml.gz", "E.XML", "f.Rss.GZ", "x.y.atom"])
    func acceptsFeedNames(_ name: String) { #expect(filter.accepts(name)) }

    @Test(arguments: [".hidden.xml", "a.xml.tmp", "b.xml.part", "c.xml~", "notes.txt", "xml", ".xml", "gz",
                      "a.gz", "a.tar.gz", "sub/a.xml", ""])
    func rejectsOtherNames(_ name: String) { #expect(!filter.accepts(name)) }

    @Test func patternsAreConfigurable() {
        let custom = InboxFileFilter(ignore: ["draft-*"])
        #expect(!custom.accepts("draft-1.xml"))
        #expect(custom.accepts(".hidden.xml"))
    }
}
