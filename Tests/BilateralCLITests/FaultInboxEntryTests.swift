import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 5, file-system faults: inbox entries that are not plain files, files that vanish or
/// change while being read, and very many files. The daemon must skip what it must not read,
/// keep running, and ingest every real item exactly once.
@Suite(.serialized) struct FaultInboxEntryTests {
    typealias Feeds = DaemonFeedWriter

    @Test("symlinks (not followed out of the inbox), FIFOs, sockets, directories: skipped; the worker never blocks")
    func notRegularFiles() throws {
        let daemon = try DaemonHarness()
        defer { daemon.remove() }
        try FaultSupport.writeConfig(daemon, watch: [], workers: 1)
        let secret = daemon.outside.appendingPathComponent("secret.xml")
        try Feeds.write([Feeds.item("outside-secret")], to: secret)
        // Present at start-up (scan) ...
        try FileManager.default.createSymbolicLink(at: daemon.inbox.appendingPathComponent("link.xml"), withDestinationURL: secret)
        try FaultSupport.mkfifo(daemon.inbox.appendingPathComponent("pipe.xml"))
        let socket = try FaultSupport.unixSocket(daemon.inbox.appendingPathComponent("sock.xml"))
        defer { close(socket) }
        try FileManager.default.createDirectory(at: daemon.inbox.appendingPathComponent("dir.xml"), withIntermediateDirectories: false)
        try Feeds.write([Feeds.item("first")], to: daemon.inbox.appendingPathComponent("first.xml"))
        try daemon.start()
        // ... and arriving while it runs (MOVED_TO events): a link, a FIFO, then a real file.
        try FileManager.default.createSymbolicLink(at: daemon.outside.appendingPathComponent("link2.xml"), withDestinationURL: secret)
        try FileManager.default.moveItem(at: daemon.outside.appendingPathComponent("link2.xml"), to: daemon.inbox.appendingPathComponent("link2.xml"))
        try FaultSupport.mkfifo(daemon.outside.appendingPathComponent("pipe2.xml"))
        try FileManager.default.moveItem(at: daemon.outside.appendingPathComponent("pipe2.xml"), to: daemon.inbox.appendingPathComponent("pipe2.xml"))
        try FaultSupport.drop([Feeds.item("second")], as: "second.xml", into: daemon)
        try FaultSupport.waitForGUIDs(["first", "second"], in: daemon, timeout: 30)
        usleep(1_500_000)   // a poll interval: a rescan must not pick the entries up either
        try FaultSupport.expectExactlyOnce(["first", "second"], forbidden: ["outside-secret"], in: daemon)
    }

    @Test("watch.follow_symlinks: true reads a link to a file outside the inbox")
    func followSymlinksWhenConfigured() throws {
        let daemon = try DaemonHarness()
        defer { daemon.remove() }
        try FaultSupport.writeConfig(daemon, watch: ["follow_symlinks: true"])
        let target = daemon.outside.appendingPathComponent("target.xml")
        try Feeds.write([Feeds.item("via-link")], to: target)
        try FileManager.default.createSymbolicLink(at: daemon.inbox.appendingPathComponent("link.xml"), withDestinationURL: target)
        try daemon.start()
        try FaultSupport.waitForGUIDs(["via-link"], in: daemon, timeout: 30)
        try FaultSupport.expectExactlyOnce(["via-link"], in: daemon)
    }

    @Test("files deleted or replaced while being read: no crash, the final content of each file once")
    func deletedAndReplaced() throws {
        let daemon = try DaemonHarness(settle: 0.05, poll: 1)
        defer { daemon.remove() }
        try daemon.start()
        var expected = Set<String>()
        for n in 0..<150 {
            let name = "churn-\(n).xml"
            try FaultSupport.drop([Feeds.item("v1-\(n)")], as: name, into: daemon)
            usleep(UInt32.random(in: 0...20_000))
            switch n % 3 {
            case 0: try? FileManager.default.removeItem(at: daemon.inbox.appendingPathComponent(name))
            case 1:
                try FaultSupport.drop([Feeds.item("v2-\(n)")], as: name, into: daemon)   // atomic replace
                expected.insert("v2-\(n)")
            default:
                // Rewritten in place, truncated first: a reader may see it empty or half written.
                let handle = try FileHandle(forWritingTo: daemon.inbox.appendingPathComponent(name))
                try handle.truncate(atOffset: 0)
                try handle.write(contentsOf: Data(Feeds.rss([Feeds.item("v2-\(n)")]).utf8))
                try handle.close()
                expected.insert("v2-\(n)")
            }
        }
        try FaultSupport.waitForGUIDs(expected, in: daemon, timeout: 60)
        usleep(1_500_000)
        // v1 items of replaced files may have been read before the replacement: allowed, once.
        try FaultSupport.expectExactlyOnce(expected, in: daemon)
    }

    @Test("100,000 files in the inbox (2,000 unless BILATERAL_FAULT_FULL=1): all read, each once")
    func manyFiles() throws {
        let count = FaultSupport.full ? 100_000 : 2_000
        let daemon = try DaemonHarness(settle: 0.1, poll: 5)
        defer { daemon.remove() }
        let body = (0..<count).map { "f\($0)" }
        for guid in body {
            try Feeds.write([Feeds.item(guid)], to: daemon.inbox.appendingPathComponent("\(guid).xml"))
        }
        let start = Date()
        try daemon.start(waitForReady: false)
        try FaultSupport.waitForGUIDs(Set(body), in: daemon, timeout: FaultSupport.full ? 3600 : 240)
        print("fault: \(count) files read in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        try FaultSupport.expectExactlyOnce(Set(body), in: daemon)
    }
}
