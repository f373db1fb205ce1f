import ArgumentParser
import BilateralService
import Foundation
import Logging

/// `bilateral bench ingest`: throughput and latency of the daemon's pipeline.
struct BenchIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Measure the daemon's ingest throughput (1 and 2 workers) and file-to-records latency.",
        discussion: """
            Uses a folder of feed files (--corpus), by default the 2,000 files of 20 items made by \
            ../shared/bench/gen_corpus.py (generated into a temporary folder). For each worker count, \
            the files are copied into a fresh inbox and the daemon's pipeline (parse, classify, store, \
            JSON Lines; the Atom feeds are written off this path and not timed here) is timed from \
            start-up to the last file stored: items/s and MB/s of XML (wall clock), and the process's \
            CPU seconds with MB of XML per CPU-second (what one idle core would give), the files per \
            group commit, the store's CPU time per file, and the bytes written (database, log, \
            checkpoints, JSON Lines) per byte of XML read. \
            Then the worker's part alone (read, hash, parse, classify, records; nothing stored) runs on \
            one thread over the same files: the most one worker can ingest, whatever the store costs. \
            Then, with a running pipeline, --samples files are renamed into the inbox one at a time and \
            the time from the rename to the file's records being stored and written is measured: \
            median and p99. With --prefill DIR, each throughput run first stores the files of DIR \
            (untimed; other items than the corpus's, e.g. `gen_corpus.py folder --seed 43`), so that \
            the corpus is added to a database that already holds them, as in a daemon that has run \
            for a while. The configuration (--config, BILATERAL_*) sets lexicons and outputs; \
            folders, workers and timings are the benchmark's. Build with -c release for meaningful numbers.
            """)

    @Option(help: ArgumentHelp("Folder of feed files (default: generate 2,000 files of 20 items).", valueName: "dir"))
    var corpus: String?
    @Option(help: ArgumentHelp("Feed files stored before each throughput run, untimed: the corpus is then "
                               + "added to a database that already holds them.", valueName: "dir"))
    var prefill: String?
    @Option(help: ArgumentHelp("The corpus generator.", valueName: "file"))
    var generator = "../shared/bench/gen_corpus.py"
    @Option(parsing: .upToNextOption, help: "Worker counts to measure.")
    var workers: [Int] = [1, 2]
    @Option(help: "Latency samples (files landed one at a time).")
    var samples = 100
    @OptionGroup var options: RunCommand.Options

    @Flag(help: "Skip the shipped lexicons (no actors or topics): the pipeline without classification cost.")
    var noLexicons = false

    func run() async throws {
        var logger = Logger(label: "bilateral.bench")
        logger.logLevel = .warning
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try corpus.map { URL(fileURLWithPath: $0) } ?? generate(into: scratch.appendingPathComponent("corpus"))
        var base = try options.load().configuration
        if noLexicons { base.lexicons.shipped = false }
        base.logging.level = .warning
        let bench = IngestBenchmark(corpus: folder, prefill: prefill.map { URL(fileURLWithPath: $0) }, base: base,
                                    logger: logger)
        print("allocator: \(ProcessAllocator.description)")
        print("workers  files  items   seconds  items/s  MB/s   CPU s  MB/CPU-s  files/commit  store CPU ms/file  written/read")
        for n in workers {
            let t = try await bench.throughput(workers: n, scratch: scratch.appendingPathComponent("run-\(n)"))
            let c = t.commits
            let written = t.writtenPerByte.map { String(format: "%12.1f", $0) } ?? String(repeating: " ", count: 10) + "--"
            print(String(format: "%7d  %5d  %6d  %7.2f  %7.0f  %5.2f  %6.2f  %8.2f  %12.1f  %17.2f", n, t.files, t.items,
                         t.seconds, t.itemsPerSecond, t.megabytesPerSecond, t.cpuSeconds, t.megabytesPerCPUSecond,
                         Double(c.files) / Double(max(1, c.batches)), c.storeCPUSeconds * 1000 / Double(max(1, c.files)))
                  + "  " + written)
            if t.prefilledFiles > 0 {
                print("         (added to a database holding \(t.prefilledItems) items of \(t.prefilledFiles) prefill files)")
            }
        }
        let alone = try await bench.workerAlone(scratch: scratch.appendingPathComponent("worker"))
        print(String(format: "worker alone, one thread, nothing stored: %d files, %d items, %.2f s wall, %.2f s CPU, "
                     + "%.2f MB/CPU-s (the most one worker can ingest)", alone.files, alone.items, alone.seconds,
                     alone.cpuSeconds, alone.megabytesPerCPUSecond))
        let latency = try await bench.latency(samples: samples, workers: workers.max() ?? 2,
                                              scratch: scratch.appendingPathComponent("latency"))
        print("latency (\(latency.samples.count) files landed one by one): median \(Self.ms(latency.median)) ms, "
              + "p99 \(Self.ms(latency.p99)) ms")
    }

    static func ms(_ d: Duration) -> String {
        String(format: "%.1f", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
    }

    func generate(into folder: URL) throws -> URL {
        guard FileManager.default.fileExists(atPath: generator) else {
            throw ValidationError("no corpus generator at \(generator): give --corpus DIR or --generator FILE")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator, "folder", "--out", folder.path, "--files", "2000", "--items", "20"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(generator) failed") }
        return folder
    }
}
