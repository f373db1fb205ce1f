import Foundation
import Logging
import Testing
@testable import BilateralService

@Suite struct ConfigurationLoaderTests {
    @Test func embeddedDefaultNeedsNoFile() throws {
        let loaded = try ConfigurationLoader(environment: [:]).load(file: nil)
        #expect(loaded.configuration == DaemonConfiguration())
        #expect(loaded.configuration.watch.root == "Feeds")
        let paths = loaded.configuration.paths(workingDirectory: URL(fileURLWithPath: "/srv"))
        #expect(paths.inbox.path == "/srv/Feeds/inbox")
        #expect(paths.database.path == "/srv/Feeds/state/bilateral.sqlite")
    }

    @Test func fileThenEnvironment() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("b.yaml", """
            watch:
              root: /data/feeds
              poll_interval: 2.5
              ignore: ["*.tmp"]
            workers: 3
            outputs:
              atom: false
            logging:
              level: debug
            """)
        let loader = ConfigurationLoader(environment: ["BILATERAL_WORKERS": "1", "BILATERAL_LEXICONS_DIRECTORIES": "/a, /b"])
        let loaded = try loader.load(file: file.path)
        let c = loaded.configuration
        #expect(c.watch.root == "/data/feeds")
        #expect(c.watch.pollInterval == .milliseconds(2500))
        #expect(c.watch.ignore == ["*.tmp"])
        #expect(c.workers == 1)
        #expect(c.outputs.atom == false)
        #expect(c.outputs.jsonl == true)
        #expect(c.logging.level == .debug)
        #expect(c.lexicons.directories == ["/a", "/b"])
        #expect(loaded.sources["workers"] == "BILATERAL_WORKERS")
        #expect(loaded.sources["watch.root"] == file.path + ":2")
    }

    /// A misspelt variable is said, not applied and not an error (the environment is shared).
    @Test func warnsOfBILATERALVariablesThatAreNoKey() throws {
        let loader = ConfigurationLoader(environment: ["BILATERAL_WATCH_ROOTT": "/x", "BILATERAL_WORKERS": "1",
                                                       "OTHER_WATCH_ROOT": "/y", "BILATERAL_CLOSE_CHECK_LOG": "/tmp/l",
                                                       "BILATERAL_SANITIZER": "address"])
        let loaded = try loader.load(file: nil)
        #expect(loaded.configuration.watch.root == DaemonConfiguration().watch.root)
        #expect(loaded.configuration.workers == 1)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.contains("BILATERAL_WATCH_ROOTT is not a configuration variable") == true)
        #expect(try ConfigurationLoader(environment: ["BILATERAL_WORKERS": "2"]).load(file: nil).warnings.isEmpty)
        #expect(try ConfigurationLoader(environment: ["BILATERAL_WORKER": "2"]).load(file: nil).warnings.count == 1)
        #expect(ConfigurationLoader.distance("BILATERAL_WORKER", "BILATERAL_WORKERS") == 1)
        #expect(ConfigurationLoader.distance("", "ab") == 2 && ConfigurationLoader.distance("ab", "") == 2)
    }

    @Test func errorsNameKeyFileAndLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("bad.yaml", """
            watch:
              poll_intervall: 5
              settle_time: soon
            workers: 0
            """)
        let errors = try #require(throws: ConfigurationErrors.self) {
            try ConfigurationLoader(environment: ["BILATERAL_OUTPUTS_JSONL": "maybe"]).load(file: file.path)
        }
        let text = errors.errors.map(\.description)
        #expect(text.contains { $0.hasPrefix("\(file.path):2:3: watch.poll_intervall: unknown key") })
        #expect(text.contains { $0.hasPrefix("\(file.path):3:16: watch.settle_time: expected a number of seconds") })
        #expect(text.contains { $0.hasPrefix("\(file.path):4:10: workers: expected an integer") })
        #expect(text.contains { $0.hasPrefix("environment: BILATERAL_OUTPUTS_JSONL: expected true or false") })
    }

    /// A section given a value, a key given twice, a folder or a missing file as the
    /// configuration: each said for what it is, with the line where there is one.
    @Test func sectionsDuplicatesFoldersAndMissingFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        func errors(_ path: String) throws -> [String] {
            try #require(throws: ConfigurationErrors.self) { try ConfigurationLoader(environment: [:]).load(file: path) }
                .errors.map(\.description)
        }
        let section = try folder.write("section.yaml", "watch: 5\n")
        #expect(try errors(section.path).contains { $0.hasPrefix("\(section.path):1:8: watch: a section: expected a mapping of its keys (root, inbox,") })
        let twice = try folder.write("twice.yaml", "watch:\n  root: /a\n  root: /b\n")
        #expect(try errors(twice.path).contains { $0.hasPrefix("\(twice.path):2:3: root: given twice in one mapping") })
        #expect(try errors(folder.url.path) == ["\(folder.url.path): is a folder, not a configuration file"])
        let missing = folder.url.appendingPathComponent("missing.yaml").path
        #expect(try errors(missing) == ["\(missing): no such file"])
        // `root: ~` is YAML's null, not the home folder `~`.
        let null = try folder.write("null.yaml", "watch:\n  root: ~\n")
        #expect(try errors(null.path) == ["\(null.path):2:9: watch.root: has no value (~ or nothing); give one, or leave the key out for its default"])
        // An empty section (`store: ~`, `store:`) leaves its keys at their defaults.
        let empty = try folder.write("empty.yaml", "store: ~\noutputs:\nworkers: 3\n")
        #expect(try ConfigurationLoader(environment: [:]).load(file: empty.path).configuration.workers == 3)
    }

    @Test func atomCacheTakesZeroButNotLess() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let zero = try folder.write("zero.yaml", "outputs:\n  atom_cache_mb: 0\n")
        #expect(try ConfigurationLoader(environment: [:]).load(file: zero.path).configuration.outputs.atomCacheMB == 0)
        let env = try ConfigurationLoader(environment: ["BILATERAL_OUTPUTS_ATOM_CACHE_MB": "16"]).load(file: zero.path)
        #expect(env.configuration.outputs.atomCacheMB == 16)
        #expect(DaemonConfiguration().outputs.atomCacheMB == 64)
        let negative = try folder.write("negative.yaml", "outputs:\n  atom_cache_mb: -1\n")
        let errors = try #require(throws: ConfigurationErrors.self) {
            try ConfigurationLoader(environment: [:]).load(file: negative.path)
        }
        #expect(errors.errors.map(\.description) == ["\(negative.path):2:18: outputs.atom_cache_mb: expected an integer of at least 0"])
    }

    @Test func largeFileSizeSetsTheStreamingPolicyAndMustBePositive() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(DaemonConfiguration().watch.largeFileMB == 32)
        let one = try folder.write("one.yaml", "watch:\n  large_file_mb: 1\nlexicons:\n  shipped: false\n")
        let loaded = try ConfigurationLoader(environment: [:]).load(file: one.path).configuration
        #expect(loaded.watch.largeFileMB == 1)
        let context = try DaemonRuntime.makeContext(loaded, logger: Logger(label: "test"))
        #expect(context.largeFiles.bytes == 1 << 20)
        let env = try ConfigurationLoader(environment: ["BILATERAL_WATCH_LARGE_FILE_MB": "64"]).load(file: one.path)
        #expect(env.configuration.watch.largeFileMB == 64)
        let zero = try folder.write("zero.yaml", "watch:\n  large_file_mb: 0\n")
        let errors = try #require(throws: ConfigurationErrors.self) {
            try ConfigurationLoader(environment: [:]).load(file: zero.path)
        }
        #expect(errors.errors.map(\.description) == ["\(zero.path):2:18: watch.large_file_mb: expected an integer of at least 1"])
    }

    @Test func invalidYAMLGivesTheLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("broken.yaml", "watch:\n  root: [unclosed\nworkers: 2\n")
        let errors = try #require(throws: ConfigurationErrors.self) {
            try ConfigurationLoader(environment: [:]).load(file: file.path)
        }
        #expect(errors.errors.count == 1)
        #expect(errors.errors[0].line != nil)
        #expect(errors.errors[0].description.contains("not valid YAML"))
    }

    @Test func missingFileIsAnError() throws {
        let errors = try #require(throws: ConfigurationErrors.self) {
            try ConfigurationLoader(environment: [:]).load(file: "/nonexistent/bilateral.yaml")
        }
        #expect(errors.description == "/nonexistent/bilateral.yaml: no such file")
    }

    @Test func effectiveDocumentReadsBackToTheSameValue() throws {
        var c = DaemonConfiguration()
        c.watch.root = "/var/lib/bilateral"
        c.watch.settleTime = .milliseconds(1500)
        c.watch.ignore = [".*", "*~", "a b"]
        c.store.database = "/tmp/x.sqlite"
        c.outputs.atomEntries = 7
        c.logging.level = .warning
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("round.yaml", c.yamlDocument())
        #expect(try ConfigurationLoader(environment: [:]).load(file: file.path).configuration == c)
    }
}
