import ArgumentParser
import BilateralClassifier
import Foundation

/// `bilateral evaluate`: scores the classifier and its lexicons on the
/// hand-labelled development set and prints precision, recall and F1.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the classifier on the labelled development set.",
        discussion: """
            Classifies every item of a development set (JSON Lines, see \
            Tests/BilateralClassifierTests/Fixtures/devset/README.md) with the shipped lexicons \
            plus any --lexicons folders, and prints precision, recall and F1 for countries, \
            dyads, item topics and dyad topics (micro-averaged), and the share of items \
            labelled as not about relations that got no dyad.
            """)

    @Option(name: .long, help: ArgumentHelp(
        "The development set to score (default: Tests/BilateralClassifierTests/Fixtures/devset/devset.jsonl of the checkout).",
        valueName: "FILE"))
    var devset: String?

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Lexicon folders read after the shipped ones, in order.", valueName: "DIR"))
    var lexicons: [String] = []

    @Option(name: .long, help: ArgumentHelp("Score only the items in this language (en, fr...).", valueName: "CODE"))
    var language: String?

    @Flag(name: .long, help: "List every item whose reading differs from its labels.")
    var details = false

    func run() throws {
        let folders = try Lexicon.folders(user: lexicons.map { URL(fileURLWithPath: $0, isDirectory: true) })
        let classifier = Classifier(lexicon: try Lexicon.load(directories: folders))
        let set = try DevSet(contentsOf: try devSetURL()).filtered(language: language)
        guard !set.items.isEmpty else {
            // Not a ValidationError: thrown from run(), ArgumentParser would print the root command's usage.
            throw CommandFailure("no items to score\(language.map { " in language '\($0)'" } ?? "")")
        }
        let report = Evaluator().evaluate(set, with: classifier)
        print("classifier \(classifier.version)")
        print(report.table)
        if details, !report.differences.isEmpty {
            print("")
            print(report.details)
        }
    }

    /// `--devset`, else the set in the checkout: from the current directory,
    /// then from this source file's package root.
    private func devSetURL() throws -> URL {
        if let devset { return URL(fileURLWithPath: devset) }
        let relative = "Tests/BilateralClassifierTests/Fixtures/devset/devset.jsonl"
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(relative),
            packageRoot.appendingPathComponent(relative),
        ]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw CommandFailure("no development set at \(relative); pass --devset FILE")
        }
        return found
    }
}
