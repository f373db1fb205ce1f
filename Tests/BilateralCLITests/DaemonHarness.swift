import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `bilateral run` process on a temporary watch folder, for the daemon
/// integration tests: a configuration with the fictional test lexicon,
/// stderr captured to a file, signals, and helpers that read the outputs
/// (JSON Lines, SQLite through the sqlite3 CLI, Atom files).
final class DaemonHarness: @unchecked Sendable {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let lexicon = packageRoot.appendingPathComponent("Tests/BilateralCLITests/DaemonFixtures/lexicon")
    static let sqlite3 = ["/usr/bin/sqlite3", "/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    let root: URL
    let config: URL
    /// The lexicon folder the configuration names (the fixture unless `copyLexicon`).
    let lexicon: URL
    private(set) var process: Process?
    private var runs = 0

    init(settle: Double = 0.3, poll: Double = 1, workers: Int = 2, copyLexicon: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-daemon-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        lexicon = copyLexicon ? root.appendingPathComponent("lexicon") : Self.lexicon
        if copyLexicon { try FileManager.default.copyItem(at: Self.lexicon, to: lexicon) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("outside"), withIntermediateDirectories: true)
        config = root.appendingPathComponent("bilateral.yaml")
        try writeConfig(settle: settle, poll: poll, workers: workers)
    }

    /// - Parameter withLexicon: false for no lexicon at all (another classifier version).
    func writeConfig(settle: Double = 0.3, poll: Double = 1, workers: Int = 2, withLexicon: Bool = true,
                     extra: String = "") throws {
        try """
            watch:
              root: \(root.path)
              settle_time: \(settle)
              poll_interval: \(poll)
            workers: \(workers)
            outputs:
              atom_interval: 0.5
            lexicons:
              shipped: false
              directories: [\(withLexicon ? lexicon.path : "")]
            \(extra)
            """.write(to: config, atomically: true, encoding: .utf8)
    }

    var inbox: URL { root.appendingPathComponent("inbox") }
    var outside: URL { root.appendingPathComponent("outside") }
    var out: URL { root.appendingPathComponent("out") }
    var failed: URL { root.appendingPathComponent("failed") }
    var database: URL { root.appendingPathComponent("state/bilateral.sqlite") }
    var logFile: URL { root.appendingPathComponent("daemon-\(runs).log") }

    /// Starts the daemon and waits for READY (the "ready" log line).
    func start(waitForReady: Bool = true, environment: [String: String]? = nil) throws {
        runs += 1
        try Self.createEmptyFile(logFile)
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["run", "--config", config.path]
        if let environment { process.environment = environment }
        process.standardError = try FileHandle(forWritingTo: logFile)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
        if waitForReady { try waitFor("ready log line", timeout: 30) { self.log.contains("bilateral: ready") } }
    }

    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    func signal(_ number: Int32) { if let pid = process?.processIdentifier { kill(pid, number) } }

    /// Sends SIGTERM and returns the exit status.
    func stop(timeout: Double = 15) throws -> Int32 {
        signal(SIGTERM)
        return try waitForExit(timeout: timeout)
    }

    func waitForExit(timeout: Double) throws -> Int32 {
        guard let process else { return -1 }
        try waitFor("exit", timeout: timeout) { !process.isRunning }
        process.waitUntilExit()
        return process.terminationStatus
    }

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    func waitFor(_ what: String, timeout: Double, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            usleep(50_000)
        }
        throw Timeout(description: "timed out waiting for \(what); log:\n\(log.suffix(3000))")
    }

    /// Creates (or empties) the file at `url`, for a daemon's log.
    static func createEmptyFile(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    /// Every complete line (one ending in a line feed) of every
    /// `out/items-*.jsonl`, parsed. A last line without its line feed is one
    /// the daemon is still writing, or was writing when it was killed: it is
    /// left out here, and `jsonlHasPartialLine()` tells whether there is one.
    func jsonlRecords() throws -> [[String: Any]] {
        try jsonlFiles().flatMap { data in
            var lines = data.split(separator: 0x0A)
            if data.last != 0x0A, !lines.isEmpty { lines.removeLast() }
            return try lines.map { line in try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] ?? [:] }
        }
    }

    /// Whether a JSON Lines file ends in the middle of a line.
    func jsonlHasPartialLine() -> Bool { jsonlFiles().contains { !$0.isEmpty && $0.last != 0x0A } }

    /// The bytes of each `out/items-*.jsonl`, in name order.
    private func jsonlFiles() -> [Data] {
        ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [])
            .filter { $0.hasPrefix("items-") && $0.hasSuffix(".jsonl") }.sorted()
            .compactMap { FileManager.default.contents(atPath: out.appendingPathComponent($0).path) }
    }

    func jsonlIDs() throws -> [String] { try jsonlRecords().compactMap { $0["id"] as? String } }

    /// Rows of `sql` from the database, columns joined by `|`.
    func sql(_ query: String) throws -> [String] {
        guard let sqlite3 = Self.sqlite3 else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3)
        process.arguments = ["-readonly", database.path, query]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func remove() {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: root)
    }
}
