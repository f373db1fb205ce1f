import Foundation
import ServiceLifecycle

/// Tells work running off the pool (`OffPool`) that it should stop at its
/// next safe point: a dispatch thread sees neither `Task.isCancelled` nor
/// `Task.isShuttingDownGracefully`, so the waiting task relays them here.
/// Set once; read between batches or chunks.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    init() {}

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }

    /// Runs `operation` with this flag set as soon as the current task is
    /// cancelled or a graceful shutdown begins (at once if either already
    /// happened).
    func settingOnStop<T: Sendable>(_ operation: () async -> T) async -> T {
        await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                await operation()
            } onCancel: { self.set() }
        } onGracefulShutdown: { self.set() }
    }
}
