import Foundation
import Glibc
import Testing

/// Peak memory of reading each big hostile document with the daemon's default options, measured
/// in a child process (`FuzzFeedReader --daemon-limits FILE`, which streams the file through
/// `FeedReader.read(file:onItem:)`) from `wait4`'s `ru_maxrss`, so that other tests running in
/// parallel do not count. The bound stated in SECURITY.md: 256 MB whatever the input.
@Suite("hostile input memory")
struct HostileMemoryTests {
    static let boundBytes = 256 << 20
    static let reader: URL? = {
        let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("FuzzFeedReader")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }()
    /// Set by .ci/sanitizers.sh: under a sanitizer, memory is not the program's own (ASan's
    /// shadow memory and quarantine), so the bounds are not measured.
    static let sanitizer = ProcessInfo.processInfo.environment["BILATERAL_SANITIZER"]

    static func available() -> Bool {
        if let sanitizer {
            print("skipped: memory bounds are not measured under a sanitizer (BILATERAL_SANITIZER=\(sanitizer))")
            return false
        }
        if reader == nil { print("skipped: FuzzFeedReader not built beside the tests (swift build --product FuzzFeedReader)") }
        return reader != nil
    }

    /// The slow ones (minutes in a debug build) only with BILATERAL_HOSTILE_FULL=1.
    static let cases: [String] = ["quadratic", "deep", "huge-text", "billion-laughs"]
        + (HostileInputCorpusTests.full ? ["many-items", "every-field", "gzip-bomb"] : [])

    static func make(_ name: String) throws -> URL {
        switch name {
        case "quadratic": return try HostileFile.quadraticBlowUp()
        case "deep": return try HostileFile.deepNesting(depth: 1_000_000)
        case "huge-text": return try HostileFile.hugeTextNode(bytes: HostileInputCorpusTests.full ? 500_000_000 : 64_000_000)
        case "many-items": return try HostileFile.manyItems(200_000)
        case "every-field": return try HostileFile.everyFieldHuge(bytes: 10 << 20)
        case "gzip-bomb": return try HostileFile.gzipBomb(members: 400)
        default:
            let dir = try HostileFile.temporaryDirectory()
            let copy = dir.appendingPathComponent(name + ".xml")
            try FileManager.default.copyItem(at: HostileFile.fixture(name + ".xml"), to: copy)
            return copy
        }
    }

    @Test("peak memory stays under 256 MB", .enabled(if: available()), arguments: cases)
    func peakMemory(_ name: String) throws {
        let file = try Self.make(name)
        defer { HostileFile.remove(file) }
        let run = try ChildRun(Self.reader!.path, ["--daemon-limits", file.path])
        print("hostile memory: \(name): peak \(run.peakBytes >> 20) MB, \(String(format: "%.2f", run.seconds)) s, \(run.output.prefix(300))")
        #expect(run.status == 0)
        #expect(run.peakBytes < Self.boundBytes, "\(name): peak RSS \(run.peakBytes >> 20) MB")
        #expect(run.output.hasPrefix("read:") || run.output.hasPrefix("error:"))
        #expect(run.output.contains("peak-kb: "), "the child did not report its VmHWM")
    }
}

/// Runs a program to completion and reports its exit status, output and peak resident memory.
struct ChildRun {
    var status: Int32 = -1
    var peakBytes = 0
    var seconds = 0.0
    var output = ""

    init(_ path: String, _ arguments: [String]) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Under .ci/sanitizers.sh the child is ASan-built too: its leaks are reported by the test
        // process itself (the same inputs are replayed in process), not by failing the child.
        var environment = ProcessInfo.processInfo.environment
        environment["ASAN_OPTIONS"] = (environment["ASAN_OPTIONS"].map { $0 + ":" } ?? "") + "detect_leaks=0"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var wstatus: Int32 = 0
        var usage = rusage()
        while wait4(pid, &wstatus, 0, &usage) < 0 && errno == EINTR {}
        seconds = Date().timeIntervalSince(start)
        status = (wstatus & 0x7f) == 0 ? (wstatus >> 8) & 0xff : -(wstatus & 0x7f)
        output = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        // The child's own VmHWM when it prints one ("peak-kb: N"): wait4's ru_maxrss also counts
        // the parent's memory at the time of the (vfork-style) spawn.
        let reported = output.split(separator: "\n").last { $0.hasPrefix("peak-kb: ") }.flatMap { Int($0.dropFirst(9)) }
        peakBytes = (reported ?? usage.ru_maxrss) * 1024
    }
}

/// Reading the same document thousands of times must not grow memory: a leak per read shows
/// as peak RSS growing with the number of reads (measured in a child process, no sanitizer
/// needed). The ASan run of .ci/sanitizers.sh finds the same leaks with their stacks.
@Suite("hostile input leaks")
struct HostileLeakTests {
    static func peak(_ file: URL, reads: Int) throws -> Int {
        let run = try ChildRun(HostileMemoryTests.reader!.path, ["--daemon-limits", "--repeat=\(reads)", file.path])
        #expect(run.status == 0)
        return run.peakBytes
    }

    @Test("5,000 reads of a plain feed and of a feed with a DTD cost no more memory than one",
          .enabled(if: HostileMemoryTests.available()), arguments: ["plain", "internal-subset"])
    func noGrowth(_ kind: String) throws {
        let dir = try HostileFile.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(kind + ".xml")
        let doctype = kind == "plain" ? "" : #"<!DOCTYPE rss [<!ENTITY id "tag:example.com,">]>"#
        try Data((#"<?xml version="1.0"?>"# + doctype + #"<rss version="2.0"><channel><title>T</title>"#
                  + "<item><title>One</title><guid>\(kind == "plain" ? "" : "&id;")1</guid></item></channel></rss>").utf8)
            .write(to: file)
        let one = try Self.peak(file, reads: 1)
        let many = try Self.peak(file, reads: 5_000)
        print("hostile leaks: \(kind): peak \(one >> 20) MB after 1 read, \(many >> 20) MB after 5,000")
        let grew = many - one > 16 << 20
        #expect(!grew, "peak grew by \((many - one) >> 20) MB over 5,000 reads")
    }
}
