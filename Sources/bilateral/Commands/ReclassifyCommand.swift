import ArgumentParser
import BilateralRecords
import BilateralService
import BilateralStore
import Foundation
import Logging

/// `bilateral reclassify`: re-runs the classifier over items classified by another version.
struct ReclassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reclassify",
        abstract: "Re-classify stored items whose classifier version differs from the current one.",
        discussion: """
            Loads the lexicons of the configuration (shipped plus lexicons.directories), finds the \
            stored items classified by another classifier version, classifies their stored text again \
            and updates the database in batches (one transaction each), saying how far it is on \
            standard error every two seconds. The JSON Lines day files \
            holding those items are rewritten (each item still once) and the Atom feeds refreshed. \
            If the daemon is running on the same folder, the outputs are left to it: run \
            `systemctl reload bilateral` (or send it SIGHUP) afterwards. With no database at \
            store.database (the daemon never ran there), it says so and exits 66; it makes none.
            """)

    @OptionGroup var options: RunCommand.Options

    @Option(help: "Items per transaction.")
    var batch = 500

    @Flag(help: "Only count the items that would be re-classified.")
    var dryRun = false

    func validate() throws {
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    func run() throws {
        let configuration = try options.load().configuration
        let logger = Logger(label: "bilateral.reclassify")
        // Before the lexicons load, and never a new database: there is nothing to re-classify.
        let database = try ExistingDatabase.path(configuration)
        let context = try DaemonRuntime.makeContext(configuration, logger: logger)
        let paths = configuration.paths()
        let store = try ItemStore.open(path: database, logger: logger)
        let version = context.classifier.version
        if dryRun {
            print("\(try store.itemCount(withClassifierOtherThan: version)) item(s) would be re-classified to \(version)")
            return
        }
        var progress = Progress(total: try store.itemCount(withClassifierOtherThan: version))
        var after: Int64 = 0
        while case let stale = try store.items(withClassifierOtherThan: version, after: after, limit: batch), let last = stale.last {
            try store.updateClassifications(stale.map { Self.reclassify($0.record, context: context) })
            progress.advance(by: stale.count)
            after = last.seq
        }
        let done = progress.done
        print("\(done) item(s) re-classified to \(version)")
        guard done > 0 else { return }
        if DaemonLock.isHeld(stateFolder: paths.state) {
            print("the daemon is running: send it SIGHUP (systemctl reload bilateral) to rewrite the outputs")
            return
        }
        try context.outputs(store: store).catchUp(rewriteAtom: true)
    }

    /// Progress on standard error, at most every `interval`: a large store takes minutes.
    struct Progress {
        let total: Int
        var interval: Duration = .seconds(2)
        /// Where a line goes (standard error).
        var report: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        private(set) var done = 0
        private let clock = ContinuousClock()
        private let start: ContinuousClock.Instant
        private var last: ContinuousClock.Instant

        init(total: Int) {
            self.total = total
            start = clock.now
            last = start
        }

        mutating func advance(by count: Int) {
            done += count
            let now = clock.now
            guard now - last >= interval, done < total else { return }
            last = now
            let seconds = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) / 1e18
            report(String(format: "reclassify: %d of %d items (%.0f%%), %.0f items/s", done, total,
                          100 * Double(done) / Double(max(1, total)), Double(done) / max(seconds, 1e-9)))
        }
    }

    static func reclassify(_ record: ItemRecord, context: ProcessingContext) -> ItemRecord {
        let classification = context.classifier.classify(title: record.title, text: record.text,
                                                         date: record.published ?? record.updated)
        var updated = record
        updated.countries = classification.countries
        updated.topics = classification.topics
        updated.dyads = classification.dyads
        updated.classifier = context.classifier.version
        return updated
    }
}
