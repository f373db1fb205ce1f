import BilateralFeeds
import BilateralStore
import Foundation
import Logging

/// What becomes of a file that cannot be read, is unchanged, or may still
/// be being written: the decisions shared by whole and streamed reads.
extension FeedFileProcessor {
    /// A file from which nothing could be read: retried while it may still
    /// be being written, then failed.
    func unreadable(_ state: FileState, error: FeedError, age: Duration, logger: Logger) throws -> FileOutcome {
        if context.isRecent(age: age) { return .unsettled(retryAfter: context.settleTime) }
        return try fail(state, error: error, logger: logger)
    }

    /// A broken document that was modified recently is read again once its
    /// writer is done, rather than stored half-read (nil: go on).
    func waitForWriter(recovered: Bool, age: Duration, logger: Logger) -> Step? {
        guard recovered && context.isRecent(age: age) else { return nil }
        logger.debug("not well-formed and recently modified: waiting for the writer")
        return .done(.unsettled(retryAfter: context.settleTime))
    }

    /// The rule for an item cut short by the end of the file. In recovery
    /// mode the reader gives the item a truncated document ends in, without
    /// the field it was cut in (`SAXSession.closeOpenElements`): right for a
    /// download that stopped, wrong for a file whose writer only paused
    /// longer than `isRecent` allows, since the daemon stored that item
    /// (without its guid or link, so under another id than the complete one,
    /// or with them and no other field) and never corrected it. So while the
    /// file has been unchanged for less than `cutItemPatience`, that last item
    /// (only it: the items before it are complete) is left out and the file
    /// is read again later (it is stored `pending`): the complete item comes
    /// with the writer's next write, or the cut one once the file has not
    /// changed for that long. Returns the wait before that read, or nil when
    /// nothing was left out.
    func withoutCutItem(_ items: inout [FeedItem], lastItemCut: Bool, age: Duration,
                        logger: Logger) -> Duration? {
        guard age < context.cutItemPatience, lastItemCut, !items.isEmpty else { return nil }
        items.removeLast()
        let wait = context.cutItemPatience - age + .milliseconds(20)
        logger.info("the file ends inside an item: that item left out until the file is completed, or unchanged long enough to be a cut download", metadata: [
            "items.kept": "\(items.count)", "read.again.s": "\(wait.components.seconds)",
        ])
        return wait
    }

    /// `state` once the file is read: `items` in it, ok or recovered (with the first error).
    /// `readAgain`: an item was left out (`withoutCutItem`), so the file stays `pending`.
    func readState(_ state: FileState, items: Int, recovered: Bool, diagnostics: [FeedDiagnostic],
                   readAgain: Bool = false) -> FileState {
        var state = state
        state.status = readAgain ? .pending : recovered ? .recovered : .ok
        state.items = items
        state.error = recovered ? diagnostics.first { $0.severity == .error }?.description : nil
        return state
    }

    /// What becomes of a file the inbox rules did not let be read.
    func outcome(of failure: InboxFileReader.Failure, logger: Logger) -> FileOutcome {
        switch failure {
        case .vanished:
            return .vanished
        case .notRegular:
            logger.warning("no longer a regular file (replaced by a link, FIFO or folder); not read")
            return .vanished
        case .unreadable(let reason):
            // Present but unreadable (permissions): blocked, not unsettled, since no writer will
            // cure it; the coordinator says so once, and the next rescan tries again.
            logger.debug("file unreadable", metadata: ["error": "\(reason)"])
            return .blocked(reason: "cannot read the file: \(reason)")
        }
    }

    /// Nil when the file read as `state` (its content hash known) is to be
    /// parsed. Otherwise what becomes of it: changed while it was read (read
    /// again once settled), or touched but with the content it had when last
    /// read (its new size and time recorded, with the status it had).
    func skipUnlessChanged(_ state: FileState, path: String, before: FileFingerprint, known: FileState?) throws -> Step? {
        guard FileFingerprint.of(path) == before else { return .done(.unsettled(retryAfter: context.settleTime)) }
        guard let known, known.contentHash == state.contentHash, known.status != .pending else { return nil }
        var state = state
        state.status = known.status
        state.items = known.items
        state.error = known.error
        try store.recordFile(state)
        return .done(.unchanged)
    }

    /// Nothing could be read: a copy and its `.error.json` in `failed/`, and the file recorded failed.
    /// A file recorded as failed that now reads (rewritten, or filled after an empty first
    /// version): its copy and report in `failed/` are stale, and removed.
    func clearFailedCopy(known: FileState?, logger: Logger) {
        guard let known, known.status == .failed else { return }
        if context.failedFiles.clear(name: (known.path as NSString).lastPathComponent) {
            logger.notice("the file reads now: its earlier copy and .error.json in failed/ removed")
        }
    }

    func fail(_ state: FileState, error: FeedError, logger: Logger) throws -> FileOutcome {
        var state = state
        state.status = .failed
        state.error = error.description
        do {
            try context.failedFiles.record(name: (state.path as NSString).lastPathComponent, message: error.description,
                                           line: error.line > 0 ? error.line : nil,
                                           column: error.column > 0 ? error.column : nil)
        } catch {
            // Not recorded as failed in the store, so that a rescan tries again once the folder is fixed.
            logger.debug("file unreadable, and its copy to failed/ not written", metadata: ["error": "\(error)"])
            return .blocked(reason: "nothing readable in it, and its copy cannot be put in failed/: \(error) (the file's error: \(state.error ?? ""))")
        }
        try store.recordFile(state)
        logger.error("file unreadable: copied to failed/", metadata: ["error": "\(error)"])
        return .failed(message: error.description)
    }
}
