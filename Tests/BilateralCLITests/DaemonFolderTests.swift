import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A folder the daemon cannot use stops its start with a message naming the
/// configuration key, the path and what is wrong, and a non-zero status,
/// instead of a Foundation error or a daemon that reports READY and reads nothing.
@Suite(.serialized) struct DaemonFolderTests {
    /// Runs `runner` until it stops by itself; its exit status and log.
    private func failedStart(_ runner: UnprivilegedDaemon, _ daemon: DaemonHarness) throws -> (Int32, String) {
        try runner.start()
        try daemon.waitFor("the daemon to give up", timeout: 20) { runner.log.contains("cannot run") }
        return (runner.stop(), runner.log)
    }

    @Test func aFileWhereAFolderShouldBe() throws {
        let daemon = try DaemonHarness()
        defer { daemon.remove() }
        try FileManager.default.removeItem(at: daemon.inbox)
        try Data("not a folder".utf8).write(to: daemon.inbox)
        let (status, log) = try failedStart(UnprivilegedDaemon(daemon, asIs: ()), daemon)
        #expect(status != 0)
        #expect(log.contains("\(daemon.inbox.path): watch.inbox: exists and is not a folder"), "\(log)")
        #expect(!log.contains("NSCocoaErrorDomain"))
    }

    /// As nobody: a folder it cannot create (the root is root's) stops the start with the system's reason.
    @Test func aFolderThisUserCannotCreate() throws {
        let daemon = try DaemonHarness()
        defer { daemon.remove() }
        guard getuid() == 0, let nobody = UnprivilegedDaemon(daemon) else { return }
        chown(daemon.root.path, 0, 0)   // the state folder, made first (the lock is there), cannot be
        let state = daemon.root.appendingPathComponent("state").path
        let (status, log) = try failedStart(nobody, daemon)
        #expect(status != 0)
        #expect(log.contains("\(state): watch.state: cannot create the folder as this user (uid 65534): Permission denied"),
                "\(log)")
    }

    /// As nobody (the tests run as root, to whom file modes do not apply): an inbox it cannot
    /// list stops the start; an out/ it cannot write is said, and the daemon runs (items are
    /// stored; the outputs catch up once the folder is fixed).
    @Test func foldersThisUserCannotListOrWrite() throws {
        for (folder, key, problem) in [("inbox", "watch.inbox", "cannot list this folder"),
                                       ("out", "watch.out", "cannot write in this folder")] {
            let daemon = try DaemonHarness()
            defer { daemon.remove() }
            let url = daemon.root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            guard getuid() == 0, let nobody = UnprivilegedDaemon(daemon) else { return }
            // The tree is nobody's now: give this folder back to root, closed to others.
            chown(url.path, 0, 0)
            chmod(url.path, folder == "inbox" ? 0o700 : 0o755)
            let message = "\(url.path): \(key): this user (uid 65534) \(problem) (Permission denied)"
            if folder == "inbox" {
                let (status, log) = try failedStart(nobody, daemon)
                #expect(status != 0)
                #expect(log.contains(message), "\(log)")
            } else {
                try nobody.start()
                defer { nobody.kill() }
                try daemon.waitFor("ready", timeout: 20) { nobody.log.contains("bilateral: ready") }
                #expect(nobody.log.contains("warning bilateral: cannot write in a folder"), "\(nobody.log)")
                #expect(nobody.log.contains("items are stored, and what goes here waits until it can be written"))
                #expect(nobody.stop() == 0)
            }
        }
    }
}
