import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Helpers of the file-system fault tests (Fault*.swift): configurations with extra `watch.*`
/// keys, inbox entries that are not regular files, and the checks every fault test ends with
/// (the daemon is alive, each item is in the JSON Lines and the database exactly once).
enum FaultSupport {
    static let isRoot = getuid() == 0
    static let full = ProcessInfo.processInfo.environment["BILATERAL_FAULT_FULL"] == "1"

    /// Rewrites the harness configuration with extra lines in the `watch:` block.
    static func writeConfig(_ daemon: DaemonHarness, watch: [String], workers: Int = 2, poll: Double = 1) throws {
        try """
            watch:
              root: \(daemon.root.path)
              settle_time: 0.3
              poll_interval: \(poll)
            \(watch.map { "  " + $0 }.joined(separator: "\n"))
            workers: \(workers)
            outputs:
              atom_interval: 0.5
            lexicons:
              shipped: false
              directories: [\(daemon.lexicon.path)]
            """.write(to: daemon.config, atomically: true, encoding: .utf8)
    }

    static func mkfifo(_ url: URL) throws {
        guard Glibc.mkfifo(url.path, 0o644) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// A listening Unix socket bound at `url`; returns its descriptor (close it when done).
    static func unixSocket(_ url: URL) throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(url.path.utf8CString)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.prefix(raw.count - 1).enumerated() { raw[index] = UInt8(bitPattern: byte) }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard fd >= 0, bound == 0, listen(fd, 1) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return fd
    }

    /// Writes a feed outside the inbox and renames it in (one MOVED_TO event, never half a file).
    static func drop(_ items: [DaemonFeedWriter.Item], as name: String, into daemon: DaemonHarness) throws {
        let staging = daemon.outside.appendingPathComponent(".staging-\(UUID().uuidString)")
        try DaemonFeedWriter.write(items, to: staging)
        try move(staging, as: name, into: daemon)
    }

    /// Writes `bytes` outside the inbox, then renames them in as `name` (replacing a file of that name).
    static func drop(_ bytes: Data, as name: String, into daemon: DaemonHarness) throws {
        let staging = daemon.outside.appendingPathComponent(".staging-\(UUID().uuidString)")
        try bytes.write(to: staging)
        try move(staging, as: name, into: daemon)
    }

    private static func move(_ staging: URL, as name: String, into daemon: DaemonHarness) throws {
        guard rename(staging.path, daemon.inbox.appendingPathComponent(name).path) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// GUIDs in the JSON Lines (with repeats, so duplicates show).
    static func guids(_ daemon: DaemonHarness) throws -> [String] {
        try daemon.jsonlRecords().compactMap { $0["guid"] as? String }
    }

    /// Waits until every GUID of `expected` is in the JSON Lines.
    static func waitForGUIDs(_ expected: Set<String>, in daemon: DaemonHarness, timeout: Double) throws {
        try daemon.waitFor("\(expected.count) items in the JSON Lines", timeout: timeout) {
            expected.isSubset(of: Set(try guids(daemon)))
        }
    }

    /// The checks every fault test ends with: still running, then a clean stop; each GUID of
    /// `expected` exactly once in the JSON Lines and the database, and nothing from `forbidden`.
    static func expectExactlyOnce(_ expected: Set<String>, forbidden: Set<String> = [], in daemon: DaemonHarness,
                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(daemon.process?.isRunning == true, "the daemon died; log:\n\(daemon.log.suffix(2000))",
                sourceLocation: sourceLocation)
        #expect(try daemon.stop() == 0, sourceLocation: sourceLocation)
        let all = try guids(daemon)
        #expect(Set(all).isDisjoint(with: forbidden), "forbidden GUIDs in the JSON Lines", sourceLocation: sourceLocation)
        #expect(expected.isSubset(of: Set(all)), "missing: \(expected.subtracting(all).sorted().prefix(10))",
                sourceLocation: sourceLocation)
        #expect(all.count == Set(all).count, "duplicated in the JSON Lines", sourceLocation: sourceLocation)
        guard DaemonHarness.sqlite3 != nil else { return }
        let rows = try daemon.sql("SELECT count(*), count(DISTINCT guid) FROM item")
        #expect(rows == ["\(all.count)|\(all.count)"], "database rows \(rows) for \(all.count) JSON Lines records",
                sourceLocation: sourceLocation)
        #expect(try daemon.sql("PRAGMA integrity_check") == ["ok"], sourceLocation: sourceLocation)
    }
}
