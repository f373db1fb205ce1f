import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `bilateral run` on a `DaemonHarness` tree, as the user `nobody` when the tests run as root
/// (through `setpriv --reuid=65534`, after handing the tree to nobody), so that file modes
/// apply to it; as the current user otherwise.
final class UnprivilegedDaemon: @unchecked Sendable {
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let daemon: DaemonHarness
    let prefix: [String]
    let logFile: URL
    private var process: Process?

    /// As nobody; nil when setpriv is missing or nobody cannot run the binary or read the lexicon.
    init?(_ daemon: DaemonHarness) {
        guard let setpriv = Self.setpriv else { return nil }
        self.daemon = daemon
        prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        logFile = daemon.root.appendingPathComponent("nobody.log")
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: setpriv)
        probe.arguments = Array(prefix.dropFirst()) + ["/bin/sh", "-c", "test -x \"$0\" && test -r \"$1\"",
                                                       BinaryRunner.binary.path, daemon.lexicon.path]
        guard (try? probe.run()) != nil else { return nil }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { return nil }
        for path in [daemon.root.path] + ((try? FileManager.default.subpathsOfDirectory(atPath: daemon.root.path)) ?? [])
            .map({ daemon.root.appendingPathComponent($0).path }) {
            chown(path, 65534, 65534)
        }
        chmod(daemon.root.path, 0o755)
    }

    /// As the current user.
    init(_ daemon: DaemonHarness, asIs: Void) {
        self.daemon = daemon
        prefix = []
        logFile = daemon.root.appendingPathComponent("user.log")
    }

    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    /// - Parameter once: `run --once` (wait for it with `waitForExit`).
    func start(once: Bool = false) throws {
        try DaemonHarness.createEmptyFile(logFile)
        let process = Process()
        let command = prefix + [BinaryRunner.binary.path, "run", "--config", daemon.config.path] + (once ? ["--once"] : [])
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardError = try FileHandle(forWritingTo: logFile)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
    }

    /// SIGTERM, then the exit status (-1 when it does not stop within 15 s).
    func stop() -> Int32 {
        guard let process else { return -1 }
        Glibc.kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(15)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The exit status, or nil when it is still running after `timeout` seconds.
    func waitForExit(timeout: Double) -> Int32? {
        guard let process else { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func kill() {
        guard let process, process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
