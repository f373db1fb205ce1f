import ArgumentParser
import BilateralClassifier
import Foundation

/// `bilateral lexicon`: tools for lexicon files.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check lexicon files (format: share/doc/bilateral/lexicon-format.md once installed, Sources/BilateralClassifier/Lexicon/FORMAT.md in the source).",
        subcommands: [Check.self])

    /// `bilateral lexicon check DIR...`
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load the shipped lexicons plus the given folders and report what they hold or the first error.",
            discussion: """
                Folders are read after the shipped lexicons, in the order given, as the daemon reads \
                them. Prints counts on success; prints FILE:LINE: PROBLEM on standard error and exits \
                non-zero on the first error.
                """)

        @Argument(help: "User lexicon folders, read after the shipped lexicons.")
        var directories: [String] = []

        @Flag(name: .customLong("no-shipped"), help: "Do not read the shipped lexicons first.")
        var noShipped = false

        func run() throws {
            do {
                let folders = try Lexicon.folders(shipped: !noShipped, user: directories.map { URL(fileURLWithPath: $0) })
                let lexicon = try Lexicon.load(directories: folders)
                let counts = lexicon.statistics
                print("ok: \(counts.files) files, \(counts.actors) actors, \(counts.aliases) aliases, "
                    + "\(counts.rules) rules, \(counts.topics) topics, \(counts.cues) cues, "
                    + "\(counts.phrases) phrases, \(counts.words) words")
                print("version: \(lexicon.version)")
            } catch let error as LexiconError {
                FileHandle.standardError.write(Data("\(error.fullDescription)\n".utf8))
                throw ExitCode.failure
            }
        }
    }
}
