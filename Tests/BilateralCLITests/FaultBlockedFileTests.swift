import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Files the daemon cannot finish must not hold the start-up scan: an inbox file unreadable by
/// permissions, a broken feed whose copy `failed/` cannot take, and a file whose time is in the
/// future each kept `run --once` running and READY=1 unsent (found by an audit: systemd would
/// have killed the daemon at TimeoutStartSec).
@Suite(.serialized) struct FaultBlockedFileTests {
    typealias Feeds = DaemonFeedWriter

    /// The three problem files and a good one, with `failed/` read-only; the runner is `nobody`
    /// when the tests run as root (mode bits do not stop root), nil when that is impossible.
    private func prepare(_ daemon: DaemonHarness) throws -> UnprivilegedDaemon? {
        let inbox = daemon.inbox
        try Feeds.write([Feeds.item("locked")], to: inbox.appendingPathComponent("locked.xml"))
        try Feeds.write([Feeds.item("open")], to: inbox.appendingPathComponent("open.xml"))
        try Feeds.write([Feeds.item("future")], to: inbox.appendingPathComponent("future.xml"))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 600)],
                                              ofItemAtPath: inbox.appendingPathComponent("future.xml").path)
        try Data("this is not XML at all".utf8).write(to: inbox.appendingPathComponent("broken.xml"))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -600)],
                                              ofItemAtPath: inbox.appendingPathComponent("broken.xml").path)
        try FileManager.default.createDirectory(at: daemon.failed, withIntermediateDirectories: true)
        guard let runner = FaultSupport.isRoot ? UnprivilegedDaemon(daemon) : UnprivilegedDaemon(daemon, asIs: ()) else {
            print("skipped: blocked-file faults (root, and setpriv cannot run bilateral as nobody here)")
            return nil
        }
        chmod(inbox.appendingPathComponent("locked.xml").path, 0)
        chmod(daemon.failed.path, 0o555)
        return runner
    }

    /// How many log lines report `name` as not handled.
    static func reports(of name: String, in log: String) -> Int {
        log.split(separator: "\n").filter { $0.contains("file not handled; retried at each rescan") && $0.contains(name) }.count
    }

    @Test("run --once ends despite files it cannot handle, exits 75 and names them, each reported once")
    func onceEnds() throws {
        let daemon = try DaemonHarness(settle: 0.3, poll: 1)
        defer { daemon.remove() }
        guard let runner = try prepare(daemon) else { return }
        defer { runner.kill() }
        try runner.start(once: true)
        let status = runner.waitForExit(timeout: 30)
        #expect(status == 75, "run --once did not end as expected (\(String(describing: status))); log:\n\(runner.log.suffix(3000))")
        #expect(Set(try FaultSupport.guids(daemon)) == ["open", "future"])
        let log = runner.log
        #expect(log.contains("modification time in the future") && log.contains("future.xml"))
        for name in ["locked.xml", "broken.xml"] {
            let reports = Self.reports(of: name, in: log)
            #expect(reports == 1, "\(name) reported \(reports) times; log:\n\(log.suffix(3000))")
            #expect(log.split(separator: "\n").contains { $0.contains("file not handled; the next run tries again") && $0.contains(name) },
                    "no final line names \(name)")
        }
        #expect(log.contains(daemon.failed.path), "the failed/ folder is not named; log:\n\(log.suffix(2000))")
        #expect(!log.contains("NSCocoaErrorDomain"))
    }

    @Test("the daemon says ready despite files it cannot handle, and retries them at rescans")
    func daemonReadyAndRetries() throws {
        let daemon = try DaemonHarness(settle: 0.3, poll: 1)
        defer { daemon.remove() }
        guard let runner = try prepare(daemon) else { return }
        defer { runner.kill() }
        try runner.start()
        try daemon.waitFor("ready; log:\n\(runner.log.suffix(2000))", timeout: 30) { runner.log.contains("bilateral: ready") }
        usleep(2_500_000)   // two rescans (poll 1 s), each trying the blocked files again
        for name in ["locked.xml", "broken.xml"] {
            let reports = Self.reports(of: name, in: runner.log)
            #expect(reports == 1, "\(name) reported \(reports) times; log:\n\(runner.log.suffix(3000))")
        }
        chmod(daemon.inbox.appendingPathComponent("locked.xml").path, 0o644)
        chmod(daemon.failed.path, 0o755)
        try daemon.waitFor("the blocked files handled at a rescan; log:\n\(runner.log.suffix(2000))", timeout: 30) {
            try FaultSupport.guids(daemon).contains("locked")
                && FileManager.default.fileExists(atPath: daemon.failed.appendingPathComponent("broken.xml.error.json").path)
        }
        #expect(runner.stop() == 0)
        #expect(Set(try FaultSupport.guids(daemon)) == ["open", "future", "locked"])
    }
}
