import Logging
import ServiceLifecycle

/// Sends `WATCHDOG=1` every `WATCHDOG_USEC/2`, but only while the pipeline
/// has a recent heartbeat: a stalled pipeline lets systemd restart us.
/// Without a watchdog it just waits for shutdown.
public struct WatchdogService: Service {
    public var notifier: SystemdNotifier
    public var health: PipelineHealth
    public var logger: Logger

    public init(notifier: SystemdNotifier, health: PipelineHealth, logger: Logger) {
        self.notifier = notifier
        self.health = health
        self.logger = logger
    }

    public func run() async throws {
        guard let interval = notifier.watchdogInterval else {
            try? await gracefulShutdown()
            return
        }
        try? await cancelWhenGracefulShutdown {
            while true {
                if await health.isAlive(within: interval) {
                    notifier.watchdog()
                } else {
                    logger.warning("pipeline stalled: not pinging the watchdog")
                }
                try await Task.sleep(for: interval)
            }
        }
    }
}
