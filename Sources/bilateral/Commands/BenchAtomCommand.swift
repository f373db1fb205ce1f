import ArgumentParser
import BilateralService
import Foundation
import Logging

/// `bilateral bench atom`: the cost of the Atom feed rounds.
struct BenchAtomCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atom",
        abstract: "Measure Atom feed rounds: feeds written, MB, wall and CPU seconds, peak memory, store wait.",
        discussion: """
            Ingests a folder of feed files (--corpus, e.g. made by ../shared/bench/gen_corpus.py) with the \
            daemon's pipeline into a scratch folder, holding back the last --increment files, then times \
            three rounds of the Atom writer with the pipeline stopped: a full rewrite into an empty feeds \
            folder, an incremental update after the held-back files are ingested, and a full rewrite with \
            nothing changed (a reload). For each round: feed files created or replaced and their MB, wall \
            and CPU seconds (whole process), resident memory when the round starts and its peak during the \
            round (VmHWM, reset before), the longest wait of a tiny store call made every 2 ms beside the \
            round (how long the round kept the store from the ingest workers), and the writer's own report: \
            times it took the store's lock, the longest it held it (wall clock) and the most CPU time of one hold, items decoded and rendered, feeds left \
            unchanged. The configuration (--config, BILATERAL_*) sets lexicons, outputs.atom_entries and \
            outputs.atom_cache_mb. \
            Build with -c release for meaningful numbers.
            """)

    @Option(help: ArgumentHelp("Folder of feed files.", valueName: "dir"))
    var corpus: String
    @Option(help: "Files held back and ingested before the incremental round.")
    var increment = 10
    @Option(help: ArgumentHelp("Scratch folder (default: a temporary folder, removed afterwards).", valueName: "dir"))
    var scratch: String?
    @OptionGroup var options: RunCommand.Options

    /// `text` right-aligned in `width` columns.
    static func column(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    func validate() throws {
        if increment < 0 { throw ValidationError("--increment must not be negative") }
    }

    func run() async throws {
        var logger = Logger(label: "bilateral.bench")
        logger.logLevel = .warning
        let folder = scratch.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-bench-atom-\(getpid())")
        defer { if scratch == nil { try? FileManager.default.removeItem(at: folder) } }
        var base = try options.load().configuration
        base.logging.level = .warning
        let bench = AtomBenchmark(corpus: URL(fileURLWithPath: corpus), base: base, increment: increment, logger: logger)
        let result = try await bench.run(scratch: folder)
        print("\(result.files) files, \(result.items) items ingested; entries per feed: \(base.outputs.atomEntries)")
        print("round                         feeds       MB   wall_s    cpu_s  rss_MB  peak_MB  store_wait_ms  holds  "
              + "longest_hold_ms (cpu)  items_rendered  unchanged")
        for r in result.rounds {
            let megabytes = { (b: Int64?) in b.map { String(format: "%7.1f", Double($0) / 1_048_576) } ?? "      ?" }
            let peak = megabytes(r.residentBytesBefore) + "  " + megabytes(r.peakResidentBytes)
            print(r.name.padding(toLength: 28, withPad: " ", startingAt: 0)
                  + String(format: "  %5d  %7.1f  %7.2f  %7.2f  ", r.feedsWritten, Double(r.bytesWritten) / 1_000_000,
                           r.wallSeconds, r.cpuSeconds) + peak + "  " + Self.column(BenchIngestCommand.ms(r.longestStoreWait), 13)
                  + Self.column("\(r.report.storeHolds)", 7) + Self.column(BenchIngestCommand.ms(r.report.longestStoreHold), 17)
                  + Self.column("(" + BenchIngestCommand.ms(r.report.longestStoreHoldCPU) + ")", 6)
                  + Self.column("\(r.report.itemsRendered)", 16) + Self.column("\(r.report.unchanged)", 11))
        }
    }
}
