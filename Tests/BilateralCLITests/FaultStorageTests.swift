import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 5, file-system faults around reading and writing: an unreadable inbox file, the
/// outputs folder removed while running, and a full disk under the database and outputs.
@Suite(.serialized) struct FaultStorageTests {
    typealias Feeds = DaemonFeedWriter

    /// chmod 000 does not stop root (tests run as root in CI): as root the daemon is started
    /// as `nobody` through setpriv(1), on a tree owned by nobody, so the mode bits apply; when
    /// that is impossible the test is skipped with a message.
    @Test("an unreadable file is logged, and read once it becomes readable")
    func unreadableFile() throws {
        let daemon = try DaemonHarness(settle: 0.1, poll: 1)
        defer { daemon.remove() }
        let locked = daemon.inbox.appendingPathComponent("locked.xml")
        try Feeds.write([Feeds.item("locked")], to: locked)
        try Feeds.write([Feeds.item("open")], to: daemon.inbox.appendingPathComponent("open.xml"))
        chmod(locked.path, 0)
        let runner: UnprivilegedDaemon
        if FaultSupport.isRoot {
            guard let nobody = UnprivilegedDaemon(daemon) else {
                print("skipped: unreadable-file fault (root, and setpriv cannot run bilateral as nobody here)")
                return
            }
            runner = nobody
        } else {
            runner = UnprivilegedDaemon(daemon, asIs: ())
        }
        defer { runner.kill() }
        try runner.start()
        try daemon.waitFor("the readable item", timeout: 30) { try FaultSupport.guids(daemon).contains("open") }
        usleep(1_500_000)
        #expect(runner.log.contains("locked.xml"), "nothing logged about the unreadable file")
        chmod(locked.path, 0o644)
        try daemon.waitFor("the item of the file made readable; log:\n\(runner.log.suffix(1500))", timeout: 30) {
            try FaultSupport.guids(daemon).contains("locked")
        }
        #expect(runner.stop() == 0)
        #expect(try FaultSupport.guids(daemon).sorted() == ["locked", "open"])
    }

    @Test("the outputs folder removed while running: recreated, later items written, nothing lost")
    func outputsRemoved() throws {
        let daemon = try DaemonHarness(settle: 0.1, poll: 1)
        defer { daemon.remove() }
        try daemon.start()
        try FaultSupport.drop([Feeds.item("before")], as: "before.xml", into: daemon)
        try FaultSupport.waitForGUIDs(["before"], in: daemon, timeout: 30)
        try FileManager.default.removeItem(at: daemon.out)
        try FaultSupport.drop([Feeds.item("after")], as: "after.xml", into: daemon)
        try daemon.waitFor("the item after the removal", timeout: 30) { try FaultSupport.guids(daemon).contains("after") }
        if DaemonHarness.sqlite3 != nil {
            #expect(Set(try daemon.sql("SELECT guid FROM item")) == ["before", "after"])
        }
        #expect(daemon.process?.isRunning == true)
        #expect(try daemon.stop() == 0)
        let guids = try FaultSupport.guids(daemon)
        #expect(guids.filter { $0 == "after" }.count == 1, "JSON Lines after the removal: \(guids)")
    }

    /// Mounts a small tmpfs for the state folder and one for the outputs, fills both, drops
    /// feeds, then frees the space: the daemon must stop writing without damage, retry, resume,
    /// and end with every item exactly once.
    @Test("a full disk: writing stops without corruption, retries, resumes when space returns; nothing lost or duplicated")
    func fullDisk() throws {
        let daemon = try DaemonHarness(settle: 0.1, poll: 1)
        defer { daemon.remove() }
        // The default state/ and out/ folders of the harness on their own tmpfs: 2 MiB for the
        // outputs, 8 MiB for the database (SQLite checkpoints its WAL only at 1000 pages, 4 MiB:
        // on a smaller disk the WAL alone fills it and nothing can ever be committed again).
        let disks = [daemon.root.appendingPathComponent("state"), daemon.out]
        let sizes = ["size=8m", "size=2m"]
        var mounted: [URL] = []
        defer { mounted.forEach { _ = umount2($0.path, Int32(MNT_DETACH)) } }
        for (disk, size) in zip(disks, sizes) {
            try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
            guard FaultSupport.isRoot, mount("tmpfs", disk.path, "tmpfs", 0, size) == 0 else {
                print("skipped: full-disk fault (needs root and mount -t tmpfs: uid \(getuid()), errno \(errno))")
                return
            }
            mounted.append(disk)
        }
        try daemon.start()
        try FaultSupport.drop([Feeds.item("roomy")], as: "roomy.xml", into: daemon)
        try FaultSupport.waitForGUIDs(["roomy"], in: daemon, timeout: 30)

        let fillers = disks.map { $0.appendingPathComponent("filler") }
        for filler in fillers { Self.fill(filler) }
        var expected: Set<String> = ["roomy"]
        for n in 0..<30 {
            let items = (0..<3).map { Feeds.item("full-\(n)-\($0)") }
            expected.formUnion(items.map(\.guid))
            try FaultSupport.drop(items, as: "full-\(n).xml", into: daemon)
        }
        usleep(4_000_000)   // several retries against the full disk
        #expect(daemon.process?.isRunning == true, "the daemon died on a full disk; log:\n\(daemon.log.suffix(2000))")
        let logged = daemon.log.lowercased()
        #expect(logged.contains("no space") || logged.contains("full") || logged.contains("disk"),
                "nothing in the log says the disk is full:\n\(daemon.log.suffix(1500))")
        for filler in fillers { try? FileManager.default.removeItem(at: filler) }
        Self.report(disks, "space returned")
        do {
            try FaultSupport.waitForGUIDs(expected, in: daemon, timeout: 30)
        } catch {
            Self.report(disks, "not resumed 30 s later")
            throw error
        }
        try FaultSupport.expectExactlyOnce(expected, in: daemon)
    }

    static func report(_ disks: [URL], _ when: String) {
        for disk in disks {
            var fs = statvfs()
            statvfs(disk.path, &fs)
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: disk.path)) ?? []).sorted().map { name in
                let size = (try? FileManager.default.attributesOfItem(atPath: disk.appendingPathComponent(name).path))?[.size]
                return "\(name) \(size.map { "\($0)" } ?? "?")"
            }
            print("fault: full disk: \(when): \(disk.lastPathComponent): \(Int(fs.f_bavail) * Int(fs.f_frsize) / 1024) KiB free, \(files)")
        }
    }

    /// Writes zeros into `url` until the file system says it is full.
    static func fill(_ url: URL) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        var one: UInt8 = 0
        while write(fd, &one, 1) > 0 {}
    }
}
