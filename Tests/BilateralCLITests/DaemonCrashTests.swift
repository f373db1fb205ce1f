import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// kill -9 at random moments while 500 small feed files are ingested,
/// three times, then a clean run to the end: every item exactly once in
/// the database and in the JSON Lines.
@Suite(.serialized) struct DaemonCrashTests {
    typealias Feeds = DaemonFeedWriter

    @Test func killNineLosesAndDuplicatesNothing() throws {
        let daemon = try DaemonHarness(settle: 0.2, poll: 1)
        defer { daemon.remove() }
        // 500 files of 1-3 items; every tenth file repeats an item of the file before it.
        var guids = Set<String>()
        for n in 0..<500 {
            var items = (0..<(1 + n % 3)).map { Feeds.item("f\(n)-\($0)", energy: $0 == 1) }
            if n % 10 == 9 { items.append(Feeds.item("f\(n - 1)-0")) }
            guids.formUnion(items.map(\.guid))
            try Feeds.write(items, to: daemon.outside.appendingPathComponent("f\(n).xml"))
        }
        var generator = SystemRandomNumberGenerator()
        var next = 0
        for round in 0..<3 {
            // Not waiting for READY: the kill may also land in the start-up scan of the files left over.
            try daemon.start(waitForReady: false)
            try daemon.waitFor("start", timeout: 20) { daemon.log.contains("bilateral: starting") }
            // Drop the next batch of files, then kill -9 somewhere in the middle of ingesting them.
            let batch = next..<min(500, next + 170)
            for n in batch {
                try FileManager.default.moveItem(at: daemon.outside.appendingPathComponent("f\(n).xml"),
                                                 to: daemon.inbox.appendingPathComponent("f\(n).xml"))
            }
            next = batch.upperBound
            usleep(UInt32.random(in: 50_000...1_000_000, using: &generator))
            daemon.signal(SIGKILL)
            _ = try daemon.waitForExit(timeout: 10)
            print("round \(round): killed with \(try daemon.jsonlIDs().count) records written")
        }
        try Self.restartAndExpectEachItemOnce(daemon, guids: guids, timeout: 40)
        #expect(try daemon.sql("SELECT count(*) FROM file WHERE status = 'ok'") == (DaemonHarness.sqlite3 != nil ? ["500"] : []))
    }

    /// A file over `watch.large_file_mb` is stored in chunks of 1,000 items,
    /// each in its own transaction and written out after it: kill -9 once the
    /// first chunk is out, then a restart, and every item is stored and
    /// written once; the file ends `ok`.
    @Test func killNineWhileALargeFileIsStreamedLosesAndDuplicatesNothing() throws {
        let daemon = try DaemonHarness(settle: 0.2, poll: 1)
        defer { daemon.remove() }
        var config = try String(contentsOf: daemon.config, encoding: .utf8)
        config = config.replacingOccurrences(of: "watch:\n", with: "watch:\n  large_file_mb: 1\n")
        try config.write(to: daemon.config, atomically: true, encoding: .utf8)
        // 10,000 items of ~250 bytes: a 2.5 MB feed, ten chunks.
        let items = (0..<10_000).map { Feeds.item("big-\($0)", energy: $0 % 2 == 0) }
        let staged = daemon.outside.appendingPathComponent("big.xml")
        try Feeds.write(items, to: staged)
        try daemon.start()
        try FileManager.default.moveItem(at: staged, to: daemon.inbox.appendingPathComponent("big.xml"))
        // The records of a stored chunk are written out before the next chunk, not at the end of the file.
        try daemon.waitFor("a first chunk in the JSON Lines", timeout: 60) { try daemon.jsonlIDs().count >= 1_000 }
        daemon.signal(SIGKILL)
        _ = try daemon.waitForExit(timeout: 10)
        let pending = try daemon.sql("SELECT status, items FROM file")
        print("killed after a chunk written: file \(pending), \(try daemon.jsonlIDs().count) records written")
        if DaemonHarness.sqlite3 != nil {
            #expect(pending.first?.hasPrefix("pending|") == true, "records were written before the file's last chunk")
        }

        try Self.restartAndExpectEachItemOnce(daemon, guids: Set(items.map(\.guid)), timeout: 120)
        if DaemonHarness.sqlite3 != nil {
            #expect(try daemon.sql("SELECT status, items FROM file") == ["ok|10000"])
            #expect(try daemon.sql("SELECT count(*) FROM item_file") == ["10000"])
        }
        #expect(daemon.log.contains("large file: reading it as a stream"))
    }

    /// Starts the daemon again, waits for a record per item, stops it (exit 0),
    /// and checks that the JSON Lines and the database hold each item once.
    static func restartAndExpectEachItemOnce(_ daemon: DaemonHarness, guids: Set<String>, timeout: Double) throws {
        try daemon.start()
        try daemon.waitFor("every item", timeout: timeout) { try daemon.jsonlIDs().count >= guids.count }
        usleep(300_000)
        #expect(try daemon.stop() == 0)
        #expect(!daemon.jsonlHasPartialLine(), "a JSON Lines file ends in the middle of a line")
        let records = try daemon.jsonlRecords()
        let ids = records.compactMap { $0["id"] as? String }
        #expect(ids.count == guids.count, "JSON Lines: \(ids.count) records for \(guids.count) items")
        #expect(Set(ids).count == ids.count, "an item appears twice in the JSON Lines")
        #expect(Set(records.compactMap { $0["guid"] as? String }) == guids)
        if DaemonHarness.sqlite3 != nil {
            #expect(try daemon.sql("SELECT count(*), count(DISTINCT guid) FROM item") == ["\(guids.count)|\(guids.count)"])
            #expect(Set(try daemon.sql("SELECT id FROM item")) == Set(ids))
        }
    }
}
