import ArgumentParser
import BilateralClassifier
import BilateralFeeds
import BilateralRecords
import BilateralService
import Foundation

/// `bilateral classify FILE|DIR... | -`: one-shot, no daemon and no state.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Parse and classify feed files; write one JSON record per item to standard output.",
        discussion: """
            Reads each FILE (RSS 0.90-2.0, RDF, Atom 0.3/1.0; plain or gzip-compressed), the feed \
            files of each DIR (*.xml, *.rss, *.atom, *.rdf, and .gz of them, in name order, not \
            recursively; names the daemon's inbox ignores, .* *.tmp *.part *~, are skipped), or \
            standard input for '-', and writes one JSON record per item (JSON Lines, see \
            spec/output.md) in document order. Nothing is stored. A file that is not well-formed \
            still gives the items that can be read, flagged "recovered": true, with a warning on \
            standard error. A file from which nothing can be read is reported on standard error \
            as FILE:LINE:COLUMN: message (FILE: message when there is no position: a file that \
            cannot be opened, an empty one); the other files are still read and the exit status is 1.
            """)

    @Argument(help: ArgumentHelp("Feed files, or folders of feed files, to read; '-' reads standard input.",
                                 valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Indented JSON instead of one record per line.")
    var pretty = false

    // One folder per --lexicons (`.upToNextOption` took the files after it as folders too).
    @Option(name: .long,
            help: ArgumentHelp("A lexicon folder read after the shipped ones; repeat for more, read in order.",
                               valueName: "dir"))
    var lexicons: [String] = []

    @Flag(name: .long, inversion: .prefixedNo,
          help: "Show progress on standard error (default: when it is a terminal and there are several files).")
    var progress: Bool?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE, or '-' for standard input") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' (standard input) may be given once") }
    }

    func run() throws {
        let classifier = try Self.loadClassifier(userFolders: lexicons)
        let reader = FeedReader()
        var output = OutputBuffer(handle: .standardOutput)
        var failures = 0
        let paths = Self.feedFiles(files, failures: &failures)
        var meter = ProgressMeter(total: paths.count,
                                  enabled: progress ?? (isatty(STDERR_FILENO) == 1 && paths.count > 1))
        for path in paths {
            let name = path == "-" ? "<stdin>" : path
            do {
                let emit: (Feed, FeedItem) throws -> Void = { feed, item in
                    let classification = classifier.classify(
                        title: item.title, text: item.text, date: item.published ?? item.updated)
                    let record = ItemRecord(item: item, feed: feed, file: name, classification: classification,
                                            classifierVersion: classifier.version)
                    // The record's bytes as they are: a String of them would validate the UTF-8 again.
                    if pretty { output.write(record.prettyJSON()) } else { output.write(bytes: record.jsonLineBytes()) }
                    output.write("\n")
                    meter.item()
                }
                let result = path == "-"
                    ? try reader.readStandardInput(onEntry: emit)
                    : try reader.read(file: path, onEntry: emit)
                if result.recovered { warn(name: name, result: result) }
            } catch let error as FeedError {
                failures += 1
                Self.standardError("bilateral: \(error.commandLineMessage)")
            }
            meter.fileDone(name)
        }
        output.flush()
        meter.finish()
        if failures > 0 { throw ExitCode.failure }
    }

    /// `arguments` with each folder replaced by its feed files (`InboxScanner`'s rules, with the
    /// daemon's default ignore patterns; links to files are read), in name order. A folder that
    /// cannot be listed is reported and counted in `failures`; an empty one is reported.
    static func feedFiles(_ arguments: [String], failures: inout Int) -> [String] {
        var paths: [String] = []
        paths.reserveCapacity(arguments.count)
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
                  isDirectory.boolValue else {
                paths.append(argument)
                continue
            }
            let folder = URL(fileURLWithPath: argument, isDirectory: true)
            let scanner = InboxScanner(inbox: folder, filter: InboxFileFilter(ignore: DaemonConfiguration.Watch().ignore),
                                       followSymlinks: true)
            do {
                let names = try scanner.scan()
                if names.isEmpty { standardError("bilateral: warning: \(argument): no feed files in this folder") }
                let prefix = argument.hasSuffix("/") ? argument : argument + "/"
                paths += names.map { prefix + $0 }
            } catch {
                failures += 1
                standardError("bilateral: \(argument): cannot list the folder: \(error.localizedDescription)")
            }
        }
        return paths
    }

    private func warn(name: String, result: FeedReadResult) {
        let first = result.diagnostics.first { $0.severity == .error } ?? result.diagnostics.first
        let place = first.map { "\($0.line):\($0.column): \($0.message)" } ?? "not well-formed"
        Self.standardError("bilateral: warning: \(name):\(place) (\(result.itemCount) items read in recovery mode, flagged \"recovered\")")
    }

    static func loadClassifier(userFolders: [String]) throws -> Classifier {
        do {
            let folders = try Lexicon.folders(user: userFolders.map { URL(fileURLWithPath: $0, isDirectory: true) })
            return Classifier(lexicon: try Lexicon.load(directories: folders))
        } catch {
            standardError("bilateral: \(error)")
            throw ExitCode(65)
        }
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
