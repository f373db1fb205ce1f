import ArgumentParser

/// The one executable: `bilateral run`, `bilateral classify`, and the commands around them.
@main
struct Bilateral: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bilateral",
        abstract: "Read RSS/Atom feeds and say which countries, country pairs and relation topics each news item is about.",
        discussion: """
            bilateral reads every feed file dropped or rewritten in a watch folder (default: Feeds/ \
            in the current directory), classifies each news item and writes JSON Lines, an SQLite \
            database and Atom feeds per topic and per country pair. See README.md.
            """,
        version: BilateralVersion.string,
        subcommands: [
            RunCommand.self, ClassifyCommand.self, QueryCommand.self, TopicsCommand.self, ReclassifyCommand.self,
            CheckConfigCommand.self, LexiconCommand.self, EvaluateCommand.self, BenchCommand.self,
        ])
}

enum BilateralVersion {
    static let string = "0.1.0"
}
