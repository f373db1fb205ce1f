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

    /// ArgumentParser's own `main`, but `bilateral classify FILE...` has its runs of file
    /// arguments folded while they are parsed (`ArgumentRuns`): thousands of files parse in
    /// linear time.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parse(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    /// The command `arguments` (without the executable's name) ask for, parsed and validated.
    /// `classify FILE...` and `bench parse FILE...` have their runs of files folded first (`ArgumentRuns`).
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        let keep: Int
        if arguments.first == ClassifyCommand.configuration.commandName {
            keep = 1
        } else if arguments.count > 1, arguments[0] == BenchCommand.configuration.commandName,
                  arguments[1] == BenchParseCommand.configuration.commandName {
            keep = 2
        } else {
            return try parseAsRoot(arguments)
        }
        let runs = ArgumentRuns(arguments, keeping: keep)
        let command = try parseAsRoot(runs.folded)
        if var classify = command as? ClassifyCommand {
            classify.files = runs.expand(classify.files)
            classify.lexicons = runs.expand(classify.lexicons)
            try classify.validate()
            return classify
        }
        if var bench = command as? BenchParseCommand {
            bench.inputs = runs.expand(bench.inputs)
            try bench.validate()
            return bench
        }
        return command
    }
}

enum BilateralVersion {
    static let string = "0.1.0"
}
