import Foundation
import Testing

/// A feed file read while its writer is paused in the middle of an item (found by an audit: the
/// poll read it, stored the item cut short, without its guid and link, and stored the complete
/// item again under another id once the writer finished; cut after the guid, the truncated record
/// was kept and the complete one skipped). Written in two steps with a pause longer than three
/// settle times, as the audit did: the database and JSON Lines must hold each item once, complete.
@Suite struct PausedWriterTests {
    static func rss(guidFirst: Bool, _ n: Int) -> String {
        let link = "<link>http://example.org/story-\(n)</link>", guid = "<guid>story-\(n)</guid>"
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Palantir News</title><link>http://example.org/</link>
            <item><title>Arnor exports grain to Gondor \(n)</title>\(guidFirst ? guid + link : link + guid)\
            <description>The trade talks between Arnor and Gondor ended with a tariff cut.</description></item>
            </channel></rss>

            """
    }

    @Test("a file read while its writer pauses inside an item: each item once, complete")
    func pausedWriter() throws {
        let daemon = try DaemonHarness(settle: 0.5, poll: 0.5)
        defer { daemon.remove() }
        try daemon.start()
        // cut.xml is cut inside the link, before the guid; cut-after-guid.xml inside the link after it.
        let files = [("cut.xml", Self.rss(guidFirst: false, 1)), ("cut-after-guid.xml", Self.rss(guidFirst: true, 2))]
        var handles: [FileHandle] = []
        for (name, text) in files {
            let url = daemon.inbox.appendingPathComponent(name)
            try Data().write(to: url)
            let handle = try FileHandle(forWritingTo: url)
            let cut = try #require(text.range(of: "http://example.org/sto", options: .backwards)).upperBound
            try handle.write(contentsOf: Data(text[..<cut].utf8))
            handles.append(handle)
        }
        usleep(3_000_000)   // longer than 3 x settle_time: the poll reads both files half-written
        for ((_, text), handle) in zip(files, handles) {
            let cut = try #require(text.range(of: "http://example.org/sto", options: .backwards)).upperBound
            try handle.write(contentsOf: Data(text[cut...].utf8))
            try handle.close()
        }
        try FaultSupport.waitForGUIDs(["story-1", "story-2"], in: daemon, timeout: 30)
        usleep(1_500_000)   // any late duplicate
        #expect(daemon.log.contains("the file ends inside an item"), "the poll did not read the half-written files")
        #expect(try daemon.stop() == 0)
        let records = try daemon.jsonlRecords()
        #expect(records.count == 2, "\(records.map { ($0["guid"] ?? "nil", $0["link"] ?? "nil") })")
        for record in records {
            #expect(record["link"] is String && record["guid"] is String && record["recovered"] as? Bool == false,
                    "\(record["title"] ?? "?"): guid \(record["guid"] ?? "nil"), link \(record["link"] ?? "nil")")
        }
        if DaemonHarness.sqlite3 != nil {
            #expect(try daemon.sql("SELECT guid, link FROM item ORDER BY guid")
                    == ["story-1|http://example.org/story-1", "story-2|http://example.org/story-2"])
        }
    }
}
