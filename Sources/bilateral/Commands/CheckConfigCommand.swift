import ArgumentParser
import BilateralService
import Foundation
import Logging

/// `bilateral check-config`: prints the effective configuration, or its errors.
struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Print the effective daemon configuration, or every error in it.",
        discussion: """
            Loads the configuration as `bilateral run` would (embedded defaults, then --config FILE, \
            then BILATERAL_* environment variables) and prints it as YAML, each key commented with \
            where its value came from, then loads the lexicons it names. On errors, prints each with \
            its file, line and key to standard error and exits 78. --keys lists every key with its environment variable and default.
            """)

    @OptionGroup var options: RunCommand.Options

    @Flag(name: .long, help: "List every key, its environment variable, its default and meaning.")
    var keys = false

    func run() throws {
        if keys {
            print(DaemonConfiguration.keyReference(), terminator: "")
            return
        }
        let loaded = try options.load()
        print(loaded.configuration.yamlDocument(sources: loaded.sources), terminator: "")
        let paths = loaded.configuration.paths()
        print("# resolved: inbox \(paths.inbox.path), out \(paths.out.path), failed \(paths.failed.path), "
              + "database \(paths.database.path)")
        do {
            let context = try DaemonRuntime.makeContext(loaded.configuration, logger: Logger(label: "bilateral.check-config"))
            print("# lexicons: \(context.classifier.version)")
        } catch {
            // Name the keys that chose the lexicons, and where they were set.
            let keys = ["lexicons.directories", "lexicons.shipped"].map { key in
                loaded.sources[key].map { "\(key) (\($0))" } ?? key
            }.joined(separator: ", ")
            FileHandle.standardError.write(Data("lexicons: \(error)\n  (from \(keys))\n".utf8))
            throw ExitCode(78)
        }
    }
}
