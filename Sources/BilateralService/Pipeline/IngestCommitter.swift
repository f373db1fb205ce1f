import BilateralStore
import Logging

/// Group commit between the workers and the store. A worker reads, parses
/// and classifies a file, hands the result here and goes on with the next
/// file; one writer loop (`run()`) commits whatever has been handed over
/// since its last commit in ONE transaction: one WAL fsync, and the pages
/// the files share (the item table's last page, the indexes of common
/// countries and topics) written once. Alone, a file is committed at once
/// (no added latency); under load, batches grow by themselves up to
/// `Limits`. A worker learns what became of its file (`result(of:)`) only
/// once its transaction is durable. The backlog is bounded: `enqueue`
/// waits while `Limits.backlog` files are waiting, so memory stays bounded
/// when the store is slower than the workers.
public actor IngestCommitter {
    /// How much one transaction and the backlog may hold.
    public struct Limits: Sendable {
        /// Files per transaction.
        public var files: Int
        /// Items per transaction (a larger single file still goes alone).
        public var items: Int
        /// Files waiting before `enqueue` makes workers wait.
        public var backlog: Int
        /// Under load (the last transaction held several files), how long
        /// after the start of the last transaction the next one waits for
        /// files to fill it up to `files` or `items`. Each commit rewrites
        /// the pages it touches whatever their number of rows, so a writer
        /// that commits as soon as anything is waiting commits more, smaller
        /// batches the faster it is. A file arriving alone (after a lone
        /// file, or with nothing stored for a while) is committed at once.
        public var pace: Duration

        public init(files: Int = 32, items: Int = 1_000, backlog: Int = 128, pace: Duration = .milliseconds(100)) {
            self.files = max(1, files)
            self.items = max(1, items)
            self.backlog = max(1, backlog)
            self.pace = max(.zero, pace)
        }
    }

    /// What the writer has done so far.
    public struct Statistics: Sendable, Equatable {
        /// Transactions committed (or attempted).
        public var batches = 0
        /// Files in them.
        public var files = 0
        /// CPU time of the writer's thread inside the store calls, in seconds.
        public var storeCPUSeconds = 0.0
    }

    /// Identifies one handed-over file.
    public struct Ticket: Hashable, Sendable {
        let number: Int
    }

    struct Entry {
        var ticket: Ticket
        var ingest: FileIngest
    }

    nonisolated let store: ItemStore
    nonisolated let limits: Limits
    nonisolated let logger: Logger
    /// Runs after each committed batch, before its files' results are given (the JSON Lines export).
    nonisolated let afterCommit: (@Sendable () async -> Void)?
    private var pending: [Entry] = []
    private var results: [Ticket: Result<IngestResult, StoreError>] = [:]
    private var resultWaiters: [Ticket: CheckedContinuation<Result<IngestResult, StoreError>, Never>] = [:]
    private var spaceWaiters: [CheckedContinuation<Void, Never>] = []
    private var writerWaiter: CheckedContinuation<Void, Never>?
    private var nextNumber = 0
    /// Files in the last batch taken, and when it was taken (for `Limits.pace`).
    private var lastBatch: (files: Int, start: ContinuousClock.Instant) = (0, .now)
    public private(set) var statistics = Statistics()
    private var closed = false

    public init(store: ItemStore, limits: Limits = Limits(), logger: Logger,
                afterCommit: (@Sendable () async -> Void)? = nil) {
        self.store = store
        self.limits = limits
        self.logger = logger
        self.afterCommit = afterCommit
    }

    /// Hands one file's records to the writer, waiting while the backlog is full.
    public func enqueue(_ ingest: FileIngest) async -> Ticket {
        while pending.count >= limits.backlog && !closed {
            await withCheckedContinuation { spaceWaiters.append($0) }
        }
        nextNumber += 1
        let ticket = Ticket(number: nextNumber)
        pending.append(Entry(ticket: ticket, ingest: ingest))
        writerWaiter?.resume()
        writerWaiter = nil
        return ticket
    }

    /// What the store did with the file of `ticket`, once its transaction is durable.
    public func result(of ticket: Ticket) async -> Result<IngestResult, StoreError> {
        if let result = results.removeValue(forKey: ticket) { return result }
        return await withCheckedContinuation { resultWaiters[ticket] = $0 }
    }

    /// Commits batches until `close()` and the backlog is empty.
    public nonisolated func run() async {
        while let batch = await nextBatch() {
            // On the pool, not on a thread of its own (`OffPool`): a commit takes ~100 ms, and with two
            // workers a third busy thread on two cores made ingest slower in 6 alternating runs of 6 (3-23%).
            let cpuStart = ThreadCPUTime.seconds()
            let outcomes = Self.commit(batch.map(\.ingest), to: store, logger: logger)
            let cpuSeconds = ThreadCPUTime.seconds() - cpuStart
            // Outputs first, so that an idle daemon's file is stored and exported when its
            // outcome is given (under load the gate coalesces exports, flushed within a tick;
            // the export catches up from the store, so a failure there is retried later).
            await afterCommit?()
            await deliver(zip(batch.map(\.ticket), outcomes), cpuSeconds: cpuSeconds)
        }
    }

    /// Lets `run()` return once everything handed over is committed.
    public func close() {
        closed = true
        writerWaiter?.resume()
        writerWaiter = nil
        for waiter in spaceWaiters { waiter.resume() }
        spaceWaiters.removeAll()
    }

    /// The next batch: the oldest waiting files up to `limits`, or nil once closed and empty.
    func nextBatch() async -> [Entry]? {
        while pending.isEmpty {
            if closed { return nil }
            await withCheckedContinuation { writerWaiter = $0 }
        }
        if lastBatch.files > 1 { await fillUp(until: lastBatch.start + limits.pace) }
        var count = 0
        var items = 0
        while count < pending.count, count < limits.files {
            let next = pending[count].ingest.itemCount
            if count > 0 && items + next > limits.items { break }
            items += next
            count += 1
        }
        let batch = Array(pending.prefix(count))
        pending.removeFirst(count)
        lastBatch = (count, .now)
        let free = min(spaceWaiters.count, limits.backlog - pending.count)
        if free > 0 {
            for waiter in spaceWaiters.prefix(free) { waiter.resume() }
            spaceWaiters.removeFirst(free)
        }
        return batch
    }

    /// Waits, under load, for enough files to fill a batch, until `deadline`
    /// or `close()`. Never for more files than the backlog lets workers hand
    /// over (`enqueue` waits beyond it).
    private func fillUp(until deadline: ContinuousClock.Instant) async {
        let files = min(limits.files, limits.backlog)
        while !closed, pending.count < files, pending.reduce(0, { $0 + $1.ingest.itemCount }) < limits.items,
              ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    private func deliver(_ outcomes: Zip2Sequence<[Ticket], [Result<IngestResult, StoreError>]>, cpuSeconds: Double) {
        statistics.batches += 1
        statistics.storeCPUSeconds += cpuSeconds
        for (ticket, outcome) in outcomes {
            statistics.files += 1
            if let waiter = resultWaiters.removeValue(forKey: ticket) {
                waiter.resume(returning: outcome)
            } else {
                results[ticket] = outcome
            }
        }
    }

    /// One transaction for `batch`; when it fails with several files, each
    /// file alone, so that one file the store refuses does not hold back the others.
    static func commit(_ batch: [FileIngest], to store: ItemStore, logger: Logger) -> [Result<IngestResult, StoreError>] {
        do {
            return try store.ingest(batch).map { .success($0) }
        } catch {
            guard batch.count > 1 else { return [.failure(Self.storeError(error, batch[0]))] }
            logger.warning("batch commit failed; committing its files one by one",
                           metadata: ["files": "\(batch.count)", "error": "\(error)"])
            return batch.map { entry in
                Result { try store.ingest([entry])[0] }.mapError { Self.storeError($0, entry) }
            }
        }
    }

    private nonisolated static func storeError(_ error: any Error, _ entry: FileIngest) -> StoreError {
        error as? StoreError ?? StoreError(path: entry.file.path, message: "\(error)")
    }
}
