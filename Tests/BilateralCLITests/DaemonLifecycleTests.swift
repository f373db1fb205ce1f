import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `bilateral run` end to end: files arriving by cp, mv, overwrite, a
/// broken file, a temporary name, SIGHUP, SIGTERM and a restart; checks the
/// database, the JSON Lines and the Atom outputs.
@Suite(.serialized) struct DaemonLifecycleTests {
    typealias Feeds = DaemonFeedWriter

    @Test func filesSignalsAndRestart() throws {
        let daemon = try DaemonHarness()
        defer { daemon.remove() }
        try daemon.start()

        // cp: a new file closed after writing.
        try Feeds.write([Feeds.item("a1"), Feeds.item("a2", energy: true)], to: daemon.outside.appendingPathComponent("a.xml"))
        try FileManager.default.copyItem(at: daemon.outside.appendingPathComponent("a.xml"),
                                         to: daemon.inbox.appendingPathComponent("a.xml"))
        try daemon.waitFor("a.xml's 2 records", timeout: 10) { try daemon.jsonlIDs().count == 2 }

        // mv on the same file system: IN_MOVED_TO. b2 is also in a.xml: stored once.
        try Feeds.write([Feeds.item("b1"), Feeds.item("a2", energy: true)], to: daemon.outside.appendingPathComponent("b.rss"))
        try FileManager.default.moveItem(at: daemon.outside.appendingPathComponent("b.rss"),
                                         to: daemon.inbox.appendingPathComponent("b.rss"))
        try daemon.waitFor("b.rss's new record", timeout: 10) { try daemon.jsonlIDs().count == 3 }

        // Overwrite a.xml with one item added: only the new item is emitted.
        try Feeds.write([Feeds.item("a1"), Feeds.item("a2", energy: true), Feeds.item("a3")],
                        to: daemon.inbox.appendingPathComponent("a.xml"))
        try daemon.waitFor("a3", timeout: 10) { try daemon.jsonlIDs().count == 4 }

        // A broken file: copied to failed/ with its .error.json; the inbox copy untouched.
        let broken = "<<< this is not a feed >>>\n"
        try Data(broken.utf8).write(to: daemon.inbox.appendingPathComponent("broken.xml"))
        let report = daemon.failed.appendingPathComponent("broken.xml.error.json")
        try daemon.waitFor("failed/broken.xml.error.json", timeout: 10) { FileManager.default.fileExists(atPath: report.path) }
        let error = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any] ?? [:]
        #expect(error["file"] as? String == "inbox/broken.xml")
        #expect(error["error"] is String)
        #expect(error["line"] is Int)
        #expect(error["time"] is String)
        #expect(try String(contentsOf: daemon.failed.appendingPathComponent("broken.xml"), encoding: .utf8) == broken)
        #expect(try String(contentsOf: daemon.inbox.appendingPathComponent("broken.xml"), encoding: .utf8) == broken)

        // A temporary name is ignored (through at least one poll) until renamed into place.
        let part = daemon.inbox.appendingPathComponent(".c.xml.part")
        try Feeds.write([Feeds.item("c1")], to: part)
        usleep(1_500_000)
        #expect(try daemon.jsonlIDs().count == 4)
        try FileManager.default.moveItem(at: part, to: daemon.inbox.appendingPathComponent("c.xml"))
        try daemon.waitFor("c1", timeout: 10) { try daemon.jsonlIDs().count == 5 }

        // SIGHUP with a valid new configuration: reloaded. With a broken one: rejected, old kept.
        try daemon.writeConfig(extra: "logging:\n  level: debug")
        daemon.signal(SIGHUP)
        try daemon.waitFor("reload", timeout: 10) { daemon.log.contains("bilateral: reloaded") }
        #expect(!daemon.log.contains("the classifier changed"), "same lexicons, same classifier")
        // No lexicon, then the test lexicon again: each reload says that the classifier changed.
        try daemon.writeConfig(withLexicon: false, extra: "logging:\n  level: debug")
        daemon.signal(SIGHUP)
        try daemon.waitFor("a changed classifier", timeout: 10) { daemon.log.contains("the classifier changed") }
        try daemon.writeConfig(extra: "logging:\n  level: debug")
        daemon.signal(SIGHUP)
        try daemon.waitFor("the classifier back", timeout: 10) {
            daemon.log.components(separatedBy: "the classifier changed").count == 3
        }
        try "workers: [oops\n".write(to: daemon.config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        try daemon.waitFor("rejected reload", timeout: 10) { daemon.log.contains("reload rejected") }
        try Feeds.write([Feeds.item("d1", energy: true)], to: daemon.inbox.appendingPathComponent("d.atom.xml"))
        try daemon.waitFor("d1 after a rejected reload", timeout: 10) { try daemon.jsonlIDs().count == 6 }

        // SIGTERM: a clean exit 0.
        #expect(try daemon.stop() == 0)
        #expect(daemon.log.contains("bilateral: stopped"))
        // The start-up line names the allocator serving malloc (jemalloc, linked on Linux).
        #if os(Linux)
        let allocator = ProcessInfo.processInfo.environment["BILATERAL_SANITIZER"] == nil ? "allocator=\"jemalloc " : "allocator=\"malloc from "
        #expect(daemon.log.contains(allocator), "no \(allocator) in the start-up log")
        #endif

        // Restart: nothing is read again, nothing duplicated; a rewrite with the same content adds nothing.
        try daemon.writeConfig()
        try daemon.start()
        try Data(Feeds.rss([Feeds.item("a1"), Feeds.item("a2", energy: true), Feeds.item("a3")]).utf8)
            .write(to: daemon.inbox.appendingPathComponent("a.xml"))
        try Feeds.write([Feeds.item("e1")], to: daemon.inbox.appendingPathComponent("e.xml"))
        try daemon.waitFor("e1", timeout: 10) { try daemon.jsonlIDs().count == 7 }
        // Atom feeds are updated off the ingest path, every outputs.atom_interval (0.5 s here).
        try daemon.waitFor("the Atom update", timeout: 10) { entries(daemon, "topic-trade.atom") == 5 }
        #expect(try daemon.stop() == 0)

        try checkOutputs(daemon, guids: ["a1", "a2", "a3", "b1", "c1", "d1", "e1"])
    }

    func checkOutputs(_ daemon: DaemonHarness, guids: Set<String>) throws {
        let records = try daemon.jsonlRecords()
        let ids = records.compactMap { $0["id"] as? String }
        #expect(ids.count == guids.count)
        #expect(Set(ids).count == ids.count, "an id appears twice in the JSON Lines")
        #expect(Set(records.compactMap { $0["guid"] as? String }) == guids)
        if DaemonHarness.sqlite3 != nil {
            #expect(Set(try daemon.sql("SELECT id FROM item")) == Set(ids))
            #expect(try daemon.sql("SELECT count(*) FROM item") == ["\(guids.count)"])
            // a2 is in a.xml and b.rss: stored once, linked to both.
            #expect(try daemon.sql("""
                SELECT f.file_path FROM item_file f JOIN item i ON i.seq = f.item_seq WHERE i.guid = 'a2' ORDER BY 1
                """) == ["inbox/a.xml", "inbox/b.rss"])
            #expect(try daemon.sql("SELECT status FROM file WHERE path = 'inbox/broken.xml'") == ["failed"])
        } else {
            print("skipped database checks: sqlite3 not installed")
        }
        let pair = try String(contentsOf: daemon.out.appendingPathComponent("feeds/pair-GO-RH.atom"), encoding: .utf8)
        #expect(pair.contains("<feed"))
        #expect(entries(daemon, "pair-GO-RH.atom") == 2)  // a2 and d1
        #expect(entries(daemon, "topic-trade.atom") == 5)  // a1 a3 b1 c1 e1
    }

    /// Entries in `out/feeds/<name>`, 0 when it does not exist yet.
    func entries(_ daemon: DaemonHarness, _ name: String) -> Int {
        let text = (try? String(contentsOf: daemon.out.appendingPathComponent("feeds/" + name), encoding: .utf8)) ?? ""
        return text.components(separatedBy: "<entry>").count - 1
    }
}
