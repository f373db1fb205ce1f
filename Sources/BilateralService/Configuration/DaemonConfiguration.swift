import BilateralStore
import Foundation
import Logging

/// Everything `bilateral run` can be told, as one immutable value.
///
/// The embedded default needs no file: it watches `Feeds/` in the working
/// directory. `ConfigurationLoader` overlays a YAML file and `BILATERAL_*`
/// environment variables; `ConfigurationKey.all` documents every key, its
/// default and its variable.
public struct DaemonConfiguration: Sendable, Equatable {
    /// The watch folder and its subfolders (spec/output.md).
    public struct Watch: Sendable, Equatable {
        /// The watch folder; relative paths are relative to the working directory.
        public var root: String
        /// Where users drop feed files (relative to `root`, or absolute).
        public var inbox: String
        /// Where JSON Lines and Atom outputs go.
        public var out: String
        /// Where copies of unreadable files and their `.error.json` go.
        public var failed: String
        /// Where the database lives by default.
        public var state: String
        /// Full rescan interval: the fallback for file systems without inotify.
        public var pollInterval: Duration
        /// A file modified less than this long ago is still being written: retried later.
        public var settleTime: Duration
        /// Shell patterns (fnmatch) of names ignored until renamed.
        public var ignore: [String]
        /// Whether symbolic links in the inbox are read.
        public var followSymlinks: Bool
        /// Files (gzip: the document inside) larger than this many MiB are
        /// streamed and stored in chunks (`LargeFilePolicy`).
        public var largeFileMB: Int

        public init(root: String = "Feeds", inbox: String = "inbox", out: String = "out",
                    failed: String = "failed", state: String = "state",
                    pollInterval: Duration = .seconds(60), settleTime: Duration = .seconds(2),
                    ignore: [String] = [".*", "*.tmp", "*.part", "*~"],
                    followSymlinks: Bool = false, largeFileMB: Int = 32) {
            self.root = root
            self.inbox = inbox
            self.out = out
            self.failed = failed
            self.state = state
            self.pollInterval = pollInterval
            self.settleTime = settleTime
            self.ignore = ignore
            self.followSymlinks = followSymlinks
            self.largeFileMB = largeFileMB
        }
    }

    /// The SQLite state.
    public struct Store: Sendable, Equatable {
        /// Database file; nil means `<watch.root>/<watch.state>/bilateral.sqlite`.
        public var database: String?

        public init(database: String? = nil) {
            self.database = database
        }
    }

    /// Which outputs are written under `watch.out`.
    public struct Outputs: Sendable, Equatable {
        /// Daily `items-YYYY-MM-DD.jsonl` files.
        public var jsonl: Bool
        /// Atom feeds per topic, pair and country.
        public var atom: Bool
        /// Entries kept in each Atom feed (newest first).
        public var atomEntries: Int
        /// Time between Atom feed updates (each rewrites every feed new items belong in).
        public var atomInterval: Duration
        /// Megabytes of rendered Atom entries kept between updates (read at start-up).
        public var atomCacheMB: Int

        public init(jsonl: Bool = true, atom: Bool = true, atomEntries: Int = 100, atomInterval: Duration = .seconds(10),
                    atomCacheMB: Int = AtomEntryCache.defaultBudget >> 20) {
            self.jsonl = jsonl
            self.atom = atom
            self.atomEntries = atomEntries
            self.atomInterval = atomInterval
            self.atomCacheMB = atomCacheMB
        }
    }

    /// Lexicon folders layered over the shipped lexicons.
    public struct Lexicons: Sendable, Equatable {
        /// Whether the lexicons shipped with bilateral are read first.
        public var shipped: Bool
        /// User lexicon directories, later ones overriding earlier ones.
        public var directories: [String]

        public init(shipped: Bool = true, directories: [String] = []) {
            self.shipped = shipped
            self.directories = directories
        }
    }

    /// Log output.
    public struct Logging: Sendable, Equatable {
        /// The lowest level written to standard error.
        public var level: Logger.Level

        public init(level: Logger.Level = .info) {
            self.level = level
        }
    }

    public var watch: Watch
    /// Files read, parsed and classified in parallel (default: the number of
    /// active cores); one more task commits their records to the store.
    public var workers: Int
    public var store: Store
    public var outputs: Outputs
    public var lexicons: Lexicons
    public var logging: Logging

    public init(watch: Watch = Watch(),
                workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                store: Store = Store(), outputs: Outputs = Outputs(),
                lexicons: Lexicons = Lexicons(), logging: Logging = Logging()) {
        self.watch = watch
        self.workers = workers
        self.store = store
        self.outputs = outputs
        self.lexicons = lexicons
        self.logging = logging
    }
}
