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
            and updates the database in batches (one transaction each). The JSON Lines day files \
            holding those items are rewritten (each item still once) and the Atom feeds refreshed. \
            If the daemon is running on the same folder, the outputs are left to it: run \
            `systemctl reload bilateral` (or send it SIGHUP) afterwards.
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
        let context = try DaemonRuntime.makeContext(configuration, logger: logger)
        let paths = configuration.paths()
        let store = try ItemStore.open(path: paths.database.path, logger: logger)
        let version = context.classifier.version
        if dryRun {
            print("\(try store.itemCount(withClassifierOtherThan: version)) item(s) would be re-classified to \(version)")
            return
        }
        var done = 0
        var after: Int64 = 0
        while case let stale = try store.items(withClassifierOtherThan: version, after: after, limit: batch), let last = stale.last {
            try store.updateClassifications(stale.map { Self.reclassify($0.record, context: context) })
            done += stale.count
            after = last.seq
        }
        print("\(done) item(s) re-classified to \(version)")
        guard done > 0 else { return }
        if DaemonLock.isHeld(stateFolder: paths.state) {
            print("the daemon is running: send it SIGHUP (systemctl reload bilateral) to rewrite the outputs")
            return
        }
        try context.outputs(store: store).catchUp(rewriteAtom: true)
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
