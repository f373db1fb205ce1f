/// The files waiting to be processed: first come first served, each name
/// at most once in the queue; a name that changes while it is being
/// processed is processed again afterwards; delayed retries become due
/// on `promoteDue`. Each name carries the strongest trigger it was queued
/// with (an inotify event beats a scan). `close()` ends every `next()` with nil.
actor WorkQueue {
    /// A file to process and why.
    struct Work: Sendable, Equatable {
        var name: String
        var trigger: FileTrigger
    }

    private var pending: [String] = []
    private var queued: Set<String> = []
    private var inFlight: Set<String> = []
    private var dirty: Set<String> = []
    private var delayed: [String: ContinuousClock.Instant] = [:]
    private var triggers: [String: FileTrigger] = [:]
    private var waiters: [CheckedContinuation<Work?, Never>] = []
    /// The fingerprint each file had when it was last handled, so that a rescan skips unchanged files.
    private var handled: [String: FileFingerprint] = [:]
    private var awaited: Set<String> = []
    private(set) var isClosed = false

    /// Adds `name` now, or after `delay` (a retry).
    func enqueue(_ name: String, trigger: FileTrigger, after delay: Duration? = nil) {
        guard !isClosed else { return }
        if let delay {
            let due = ContinuousClock.now + delay
            if queued.contains(name) || inFlight.contains(name) { return }
            delayed[name] = min(delayed[name] ?? due, due)
            return
        }
        delayed[name] = nil
        triggers[name] = max(triggers[name] ?? trigger, trigger)
        if inFlight.contains(name) { dirty.insert(name); return }
        guard queued.insert(name).inserted else { return }
        if waiters.isEmpty {
            pending.append(name)
        } else {
            waiters.removeFirst().resume(returning: take(name))
        }
    }

    private func take(_ name: String) -> Work {
        queued.remove(name)
        inFlight.insert(name)
        return Work(name: name, trigger: triggers.removeValue(forKey: name) ?? .scan)
    }

    /// The next file to process (now marked in flight), or nil once closed.
    func next() async -> Work? {
        if isClosed { return nil }
        if !pending.isEmpty { return take(pending.removeFirst()) }
        return await withCheckedContinuation { waiters.append($0) }
    }

    /// Marks `name` done; re-queues it if it changed meanwhile. `fingerprint`
    /// (taken before processing) is remembered when the file was handled for good.
    /// `final` is false for a file that will be retried (unsettled): start-up keeps waiting for it.
    func finish(_ name: String, fingerprint: FileFingerprint? = nil, final: Bool = true) {
        inFlight.remove(name)
        handled[name] = fingerprint
        if final { awaited.remove(name) }
        if dirty.remove(name) != nil { enqueue(name, trigger: triggers[name] ?? .scan) }
    }

    /// Whether `name` was handled with exactly this fingerprint (a rescan can skip it).
    func isHandled(_ name: String, as fingerprint: FileFingerprint?) -> Bool {
        fingerprint != nil && handled[name] == fingerprint
    }

    /// Starts following `names` (those still queued, in flight or delayed) until each is handled for good.
    func follow(_ names: Set<String>) {
        awaited = names.subtracting(handled.keys)
            .filter { queued.contains($0) || inFlight.contains($0) || delayed[$0] != nil }
    }

    /// How many of the followed names are still not handled for good.
    var followedRemaining: Int { isClosed ? 0 : awaited.count }

    /// Moves delayed retries whose time has come into the queue.
    func promoteDue(now: ContinuousClock.Instant = .now) {
        for (name, due) in delayed where due <= now {
            delayed[name] = nil
            enqueue(name, trigger: .retry)
        }
    }

    /// Counts for STATUS: queued, in flight, waiting to settle.
    var counts: (queued: Int, inFlight: Int, delayed: Int) { (pending.count, inFlight.count, delayed.count) }

    /// Stops handing out work; what is in flight finishes.
    func close() {
        isClosed = true
        pending.removeAll()
        queued.removeAll()
        delayed.removeAll()
        triggers.removeAll()
        for waiter in waiters { waiter.resume(returning: nil) }
        waiters.removeAll()
    }
}
