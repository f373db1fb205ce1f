import BilateralClassifier
import BilateralStore
import Foundation
import Logging

/// Holds the current `ProcessingContext` and swaps in a new one on reload.
/// Everything it hands out is an immutable value, so a file being processed
/// keeps the context it started with.
public actor DaemonRuntime {
    public private(set) var context: ProcessingContext
    public let configurationFile: String?
    let loader: ConfigurationLoader
    let baseLogger: Logger

    public init(context: ProcessingContext, configurationFile: String?, loader: ConfigurationLoader = ConfigurationLoader(),
                logger: Logger) {
        self.context = context
        self.configurationFile = configurationFile
        self.loader = loader
        self.baseLogger = logger
    }

    /// Builds the context for `configuration`: loads the shipped lexicons and the user's.
    /// - Throws: `LexiconError` naming the file and line.
    public static func makeContext(_ configuration: DaemonConfiguration, logger: Logger) throws -> ProcessingContext {
        ProcessingContext(configuration: configuration, paths: configuration.paths(),
                          classifier: Classifier(lexicon: try lexicon(for: configuration)), logger: logger)
    }

    /// The lexicons `configuration` asks for: the shipped ones (unless turned off), then the user's folders.
    /// - Throws: `LexiconError` naming the file and line.
    public static func lexicon(for configuration: DaemonConfiguration) throws -> Lexicon {
        let root = configuration.paths().root
        return try Lexicon.load(directories: Lexicon.folders(
            shipped: configuration.lexicons.shipped,
            user: configuration.lexicons.directories.map { DaemonConfiguration.resolve($0, against: root) }))
    }

    /// Re-reads the configuration file and the lexicons. A configuration or
    /// lexicon with errors is rejected, and the running one kept. Keys that
    /// need a restart (folders, database, workers) keep their running values.
    /// - Returns: whether the new configuration was taken.
    @discardableResult
    public func reload() -> Bool {
        let logger = context.logger
        var fresh: DaemonConfiguration
        do {
            fresh = try loader.load(file: configurationFile).configuration
        } catch {
            for problem in error.errors { logger.error("reload rejected: configuration error", metadata: ["error": "\(problem)"]) }
            return false
        }
        let old = context.configuration
        let previousClassifier = context.classifier.version
        if fresh.watch.root != old.watch.root || fresh.paths() != old.paths() || fresh.workers != old.workers {
            logger.warning("reload: watch folders, database and workers change only on restart")
            fresh.watch.root = old.watch.root
            fresh.watch.inbox = old.watch.inbox
            fresh.watch.out = old.watch.out
            fresh.watch.failed = old.watch.failed
            fresh.watch.state = old.watch.state
            fresh.store = old.store
            fresh.workers = old.workers
        }
        do {
            context = try Self.makeContext(fresh, logger: baseLogger)
        } catch {
            logger.error("reload rejected: lexicon error", metadata: ["error": "\(error)"])
            return false
        }
        context.logger.info("reloaded", metadata: ["classifier": "\(context.classifier.version)"])
        if context.classifier.version != previousClassifier {
            context.logger.notice("the classifier changed: items stored before keep their classification until `bilateral reclassify`", metadata: ["previous.classifier": "\(previousClassifier)"])
        }
        return true
    }
}
