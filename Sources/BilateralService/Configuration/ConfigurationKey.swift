import Foundation
import Logging

/// One configuration key: its dotted YAML path, what it means, its kind,
/// and how it reads and writes a `DaemonConfiguration`. `all` is the single
/// table from which YAML loading, environment overrides, `check-config`
/// and the documentation test are driven.
public struct ConfigurationKey: Sendable {
    /// Dotted path in the YAML file (`watch.poll_interval`).
    public let path: String
    /// One line of documentation.
    public let summary: String
    public let kind: ConfigurationValue.Kind
    let read: @Sendable (DaemonConfiguration) -> ConfigurationValue
    let write: @Sendable (inout DaemonConfiguration, ConfigurationValue) -> Void

    /// `BILATERAL_` + the path upper-cased with dots as underscores
    /// (`watch.poll_interval` → `BILATERAL_WATCH_POLL_INTERVAL`).
    public var environmentVariable: String {
        "BILATERAL_" + path.uppercased().replacingOccurrences(of: ".", with: "_")
    }

    /// The value of this key in `configuration`.
    public func value(in configuration: DaemonConfiguration) -> ConfigurationValue { read(configuration) }

    /// Sets this key in `configuration` (the value must be of this key's kind).
    public func apply(_ value: ConfigurationValue, to configuration: inout DaemonConfiguration) {
        write(&configuration, value)
    }

    /// Finds a key by its dotted path.
    public static func named(_ path: String) -> ConfigurationKey? { all.first { $0.path == path } }

    /// Every key, in documentation order.
    public static let all: [ConfigurationKey] = [
        string("watch.root", "The watch folder; relative paths are taken from the working directory.", \.watch.root),
        string("watch.inbox", "Where feed files are dropped (under watch.root unless absolute).", \.watch.inbox),
        string("watch.out", "JSON Lines and Atom outputs (under watch.root unless absolute).", \.watch.out),
        string("watch.failed", "Copies of unreadable files with a .error.json beside each.", \.watch.failed),
        string("watch.state", "State folder; holds the database unless store.database is set.", \.watch.state),
        seconds("watch.poll_interval", "Seconds between full rescans (fallback when inotify misses changes).",
                \.watch.pollInterval),
        seconds("watch.settle_time", "A file modified more recently than this is retried later.", \.watch.settleTime),
        list("watch.ignore", "Name patterns (fnmatch) ignored until the file is renamed.", \.watch.ignore),
        bool("watch.follow_symlinks", "Read symbolic links found in the inbox.", \.watch.followSymlinks),
        integer("watch.large_file_mb", "Files larger than this many MiB (gzip: the document inside) are parsed as they are read and stored 1,000 items at a time, in bounded memory (~130-150 MB whatever their size); smaller ones are read whole (several times their size in memory while they are processed).", \.watch.largeFileMB),
        integer("workers", "Files read, parsed and classified in parallel (default: the number of active cores); one more task commits their records to the store.", \.workers),
        ConfigurationKey(path: "store.database",
                         summary: "SQLite database file; a relative path is taken from the working directory, not watch.root (empty: <watch.root>/<watch.state>/bilateral.sqlite).",
                         kind: .optionalString, read: { .optionalString($0.store.database) },
                         write: { if case .optionalString(let s) = $1 { $0.store.database = s } }),
        bool("outputs.jsonl", "Write out/items-YYYY-MM-DD.jsonl.", \.outputs.jsonl),
        bool("outputs.atom", "Write Atom feeds per topic, pair and country under out/.", \.outputs.atom),
        integer("outputs.atom_entries", "Entries kept in each Atom feed, newest first.", \.outputs.atomEntries),
        ConfigurationKey(path: "outputs.atom_cache_mb",
                         summary: "Megabytes of rendered Atom entries kept between updates, so that an update renders only new items (resident memory; 0: render every entry each update). Read at start-up.",
                         kind: .count, read: { .integer($0.outputs.atomCacheMB) },
                         write: { if case .integer(let n) = $1 { $0.outputs.atomCacheMB = n } }),
        seconds("outputs.atom_interval", "Seconds between Atom feed updates (off the ingest path; at least four times the last update's duration).",
                \.outputs.atomInterval),
        bool("lexicons.shipped", "Read the lexicons shipped with bilateral before the user's.", \.lexicons.shipped),
        list("lexicons.directories", "User lexicon folders layered over the shipped lexicons.",
             \.lexicons.directories),
        ConfigurationKey(path: "logging.level", summary: "Lowest level logged to standard error.",
                         kind: .level, read: { .level($0.logging.level) },
                         write: { if case .level(let l) = $1 { $0.logging.level = l } }),
    ]

    typealias Path<T> = any WritableKeyPath<DaemonConfiguration, T> & Sendable

    static func string(_ path: String, _ summary: String, _ kp: Path<String>) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, kind: .string, read: { .string($0[keyPath: kp]) },
                         write: { if case .string(let s) = $1 { $0[keyPath: kp] = s } })
    }

    static func bool(_ path: String, _ summary: String, _ kp: Path<Bool>) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, kind: .bool, read: { .bool($0[keyPath: kp]) },
                         write: { if case .bool(let b) = $1 { $0[keyPath: kp] = b } })
    }

    static func integer(_ path: String, _ summary: String, _ kp: Path<Int>) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, kind: .positiveInteger, read: { .integer($0[keyPath: kp]) },
                         write: { if case .integer(let n) = $1 { $0[keyPath: kp] = n } })
    }

    static func seconds(_ path: String, _ summary: String, _ kp: Path<Duration>) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, kind: .seconds, read: { .seconds($0[keyPath: kp]) },
                         write: { if case .seconds(let d) = $1 { $0[keyPath: kp] = d } })
    }

    static func list(_ path: String, _ summary: String, _ kp: Path<[String]>) -> ConfigurationKey {
        ConfigurationKey(path: path, summary: summary, kind: .list, read: { .list($0[keyPath: kp]) },
                         write: { if case .list(let l) = $1 { $0[keyPath: kp] = l } })
    }
}
