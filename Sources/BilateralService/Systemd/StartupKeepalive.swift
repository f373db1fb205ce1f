import Dispatch
import Foundation

/// Keeps systemd waiting while a long start-up step runs before the daemon
/// is ready: the first start after an upgrade migrates the database (the v3
/// migration took ~10 s on a 430 MB database of 40,000 dense items, so a
/// large one can outlast the unit's `TimeoutStartSec=90`; killed, the
/// migration would roll back and start over at every restart). While `body`
/// runs, every `interval` a thread sends `EXTEND_TIMEOUT_USEC` (three
/// intervals), `WATCHDOG=1` and the step's status. Nothing is sent when the
/// daemon is not run by systemd.
struct StartupKeepalive: Sendable {
    let notifier: SystemdNotifier
    var interval: Duration = .seconds(10)

    /// Runs `body`, keeping systemd waiting with `status` until it returns or throws.
    @discardableResult
    func around<T>(status: String, _ body: () throws -> T) rethrows -> T {
        guard notifier.isEnabled else { return try body() }
        notifier.status(status)
        let done = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let notifier = notifier
        let extend = "EXTEND_TIMEOUT_USEC=\(Self.microseconds(interval) * 3)"
        let wait = Self.dispatchInterval(interval)
        let thread = Thread {
            repeat {
                notifier.send(extend)
                notifier.watchdog()
            } while done.wait(timeout: .now() + wait) == .timedOut
            finished.signal()
        }
        thread.name = "bilateral-startup-keepalive"
        thread.start()
        defer {
            done.signal()
            finished.wait()
        }
        return try body()
    }

    private static func microseconds(_ d: Duration) -> Int64 {
        d.components.seconds * 1_000_000 + d.components.attoseconds / 1_000_000_000_000
    }

    private static func dispatchInterval(_ d: Duration) -> DispatchTimeInterval {
        .microseconds(Int(clamping: max(1, microseconds(d))))
    }
}
