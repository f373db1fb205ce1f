import ArgumentParser
import BilateralFeeds
import Foundation

/// `bilateral bench parse`: parse-to-`FeedItem` throughput (MB/s of feed bytes, wall clock and
/// CPU time) and peak resident memory (`VmHWM` of /proc/self/status). Not a test: a measurement.
struct BenchParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Measure feed parsing throughput (MB/s) and peak memory.",
        discussion: """
            Reads each FILE (plain or .gz) with FeedReader, streaming, and builds every FeedItem \
            (plain text included). A DIR counts as one input made of all its files. Prints one \
            tab-separated line per input: label, bytes, files, items, wall seconds, MB/s wall, \
            MB/s CPU, and at the end the peak resident memory of the process.
            """)

    @Option(name: .long, help: "A corpus folder: every file in it is read, as one input.")
    var corpus: String?

    @Option(name: .long, help: "Runs per input; the best run is reported.")
    var runs: Int = 1

    @Flag(name: .long, help: "Skip building FeedItem.text (HTML to plain text): parsing alone.")
    var noText = false

    @Argument(help: "Feed files or folders.")
    var inputs: [String] = []

    func validate() throws {
        if inputs.isEmpty && corpus == nil { throw ValidationError("give at least one FILE or DIR, or --corpus DIR") }
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        // Before the table's header, which would otherwise come out ahead of the error. (Not in
        // validate(): parsing the command, as the tests of ArgumentRuns do, must not read the disk.)
        for path in (corpus.map { [$0] } ?? []) + inputs where !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("no such file or folder: \(path)")
        }
        print(["input", "bytes", "files", "items", "wall_s", "MB/s_wall", "MB/s_cpu"].joined(separator: "\t"))
        for input in (corpus.map { [$0] } ?? []) + inputs {
            let files = try Self.files(of: input)
            let best = try (1...runs).map { _ in try measure(files) }.min { $0.wall < $1.wall }!
            print(best.line(label: input))
        }
        print("peak_rss_mb\t\(String(format: "%.1f", Self.peakRSSMegabytes()))")
    }

    private func measure(_ files: [String]) throws -> BenchResult {
        let reader = FeedReader(options: FeedReaderOptions(plainText: !noText))
        var result = BenchResult(files: files.count)
        let start = Self.clocks()
        for file in files {
            result.bytes += Self.size(of: file)
            do {
                let read = try reader.read(file: file) { item in result.textBytes += item.text.utf8.count }
                result.items += read.itemCount
            } catch let error as FeedError {
                FileHandle.standardError.write(Data("bilateral: \(error.commandLineMessage)\n".utf8))
            }
        }
        let end = Self.clocks()
        result.wall = end.wall - start.wall
        result.cpu = end.cpu - start.cpu
        return result
    }

    static func files(of path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("no such file or folder: \(path)")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        return names.filter { !$0.hasPrefix(".") }.map { (path as NSString).appendingPathComponent($0) }
    }

    static func size(of path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }

    static func clocks() -> (wall: Double, cpu: Double) {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return (Double(now.tv_sec) + Double(now.tv_nsec) / 1e9, cpu)
    }

    /// `VmHWM` (peak resident set) from /proc/self/status, in MB.
    static func peakRSSMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return 0 }
        return kb / 1024
    }
}

/// The numbers of one measured run.
struct BenchResult {
    var files: Int
    var bytes: Int64 = 0
    var items = 0
    var textBytes = 0
    var wall = 0.0
    var cpu = 0.0

    func line(label: String) -> String {
        let mb = Double(bytes) / 1_000_000
        return [label, "\(bytes)", "\(files)", "\(items)", String(format: "%.3f", wall),
                String(format: "%.1f", mb / max(wall, 1e-9)), String(format: "%.1f", mb / max(cpu, 1e-9))]
            .joined(separator: "\t")
    }
}
