import ServiceLifecycle
import UnixSignals

/// Calls `reload` on every SIGHUP until graceful shutdown.
public struct ReloadService: Service {
    public var reload: @Sendable () async -> Void

    public init(reload: @escaping @Sendable () async -> Void) {
        self.reload = reload
    }

    public func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            await reload()
        }
    }
}
