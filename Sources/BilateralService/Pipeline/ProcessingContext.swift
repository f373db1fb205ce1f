import BilateralClassifier
import BilateralFeeds
import BilateralStore
import Foundation
import Logging

/// The immutable, reloadable part of the pipeline: the parser, the
/// classifier with its lexicons, the folders and timings, and the logger
/// at the configured level. SIGHUP builds a new one and swaps it in.
public struct ProcessingContext: Sendable {
    public var configuration: DaemonConfiguration
    public var paths: DaemonConfiguration.Paths
    public var reader: FeedReader
    public var classifier: Classifier
    public var logger: Logger
    /// When a file is streamed and stored in chunks instead of read whole
    /// (by default `watch.large_file_mb`).
    public var largeFiles: LargeFilePolicy

    public init(configuration: DaemonConfiguration, paths: DaemonConfiguration.Paths,
                reader: FeedReader = FeedReader(), classifier: Classifier, logger: Logger,
                largeFiles: LargeFilePolicy? = nil) {
        self.configuration = configuration
        self.largeFiles = largeFiles ?? LargeFilePolicy(bytes: Int64(configuration.watch.largeFileMB) << 20)
        self.paths = paths
        self.reader = reader
        self.classifier = classifier
        self.logger = logger
        self.logger.logLevel = configuration.logging.level
    }

    public var inbox: URL { paths.inbox }
    public var settleTime: Duration { configuration.watch.settleTime }
    public var pollInterval: Duration { configuration.watch.pollInterval }
    public var failedFiles: FailedFileRecorder { FailedFileRecorder(inbox: paths.inbox, failed: paths.failed) }

    /// The outputs this configuration asks for.
    public func outputs(store: ItemStore) -> OutputWriter {
        OutputWriter(configuration: configuration, paths: paths, store: store, logger: logger)
    }

    /// `inbox/<name>` relative to the watch root (absolute when the inbox is outside it).
    public func relativePath(of name: String) -> String {
        let root = paths.root.path.hasSuffix("/") ? paths.root.path : paths.root.path + "/"
        let full = paths.inbox.appendingPathComponent(name).path
        return full.hasPrefix(root) ? String(full.dropFirst(root.count)) : full
    }

    /// How much longer to wait before a file last changed `age` ago (`FileAges`) has settled, or nil.
    public func remainingSettleTime(age: Duration) -> Duration? {
        age < settleTime ? settleTime - age + .milliseconds(20) : nil
    }

    /// Whether a broken file last changed `age` ago may still be in the
    /// middle of being written: modified within three settle times.
    public func isRecent(age: Duration) -> Bool {
        age < settleTime * 3
    }

    /// How long a file whose document ends inside an item must stay
    /// unchanged before that item is taken as it is (a download that
    /// stopped, as `classify` reads it) rather than as the writer's pause:
    /// ten settle times, at least 60 s (see `FeedFileProcessor.withoutCutItem`).
    public var cutItemPatience: Duration { max(settleTime * 10, .seconds(60)) }
}
