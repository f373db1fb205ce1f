import ArgumentParser

/// `bilateral bench`: throughput and memory measurements against the corpus
/// of ../shared/bench (not timed tests; see README "Performance").
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure parsing, matching and ingest throughput (build with -c release).",
        subcommands: [BenchParseCommand.self, BenchMatchCommand.self, BenchIngestCommand.self, BenchAtomCommand.self])
}
