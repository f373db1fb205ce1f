import ArgumentParser
import BilateralService
import Foundation
import Logging

/// `bilateral run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Watch the inbox and classify every feed file dropped or rewritten in it (the daemon).",
        discussion: """
            Reads the configuration (the embedded default, then --config FILE, then BILATERAL_* \
            environment variables), scans the inbox once, then watches it with inotify and a periodic \
            rescan. Each new item is classified once and written to the database (state/bilateral.sqlite), \
            to out/items-YYYY-MM-DD.jsonl and to the Atom feeds under out/. Unreadable files are copied \
            to failed/ with a .error.json beside them; nothing in the inbox is ever changed.

            Signals: SIGTERM or SIGINT stop cleanly within seconds (the files in flight are stored and \
            exported; an Atom update in progress stops and the next start brings the feeds up to date; \
            exit 0); SIGHUP \
            reloads the configuration and lexicons (a configuration with errors is rejected and the \
            running one kept). Under systemd (Type=notify) it reports READY=1 after the first scan, \
            STATUS= with counts, WATCHDOG=1 while the pipeline is alive, and STOPPING=1.
            """)

    /// The configuration options every daemon-side command shares.
    struct Options: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("YAML configuration file (default: none, the embedded defaults).",
                                                valueName: "file"))
        var config: String?

        /// Loads the configuration, printing every error to standard error and exiting 78 (EX_CONFIG) on failure.
        func load() throws -> ConfigurationLoader.Loaded {
            do {
                let loaded = try ConfigurationLoader().load(file: config)
                for warning in loaded.warnings { FileHandle.standardError.write(Data("bilateral: warning: \(warning)\n".utf8)) }
                return loaded
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(78)
            }
        }
    }

    @OptionGroup var options: Options

    @Flag(name: .long, help: """
        Stop after the start-up scan: read what is in the inbox, write the outputs, exit 0; exit 75 when a \
        file could not be handled (unreadable, failed/ not writable...) or an output could not be written \
        (the log says which and why; the next run tries again and catches up).
        """)
    var once = false

    func run() async throws {
        let configuration = try options.load().configuration
        // A daemon outlives the reader of its standard error (`run 2>&1 | head`, a logger pipe that
        // restarts): SIGPIPE's default action would end it at the next log line. Ignored, a write to
        // a closed pipe fails with EPIPE and the line is dropped. (systemd sets IgnoreSIGPIPE= itself.)
        signal(SIGPIPE, SIG_IGN)
        LoggingSystem.bootstrap(StderrLogHandler.factory(level: configuration.logging.level))
        let logger = Logger(label: "bilateral")
        let report: RunReport
        do {
            report = try await Daemon(configuration: configuration, configurationFile: options.config, logger: logger)
                .run(once: once)
        } catch {
            logger.critical("cannot run", metadata: ["error": "\(error)"])
            throw ExitCode.failure
        }
        if once && !report.isComplete { throw ExitCode(RunReport.incompleteExitStatus) }
    }
}
