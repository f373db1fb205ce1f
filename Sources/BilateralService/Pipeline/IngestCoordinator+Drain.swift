extension IngestCoordinator {
    /// For `bilateral run --once`: returns once the start-up scan is over and
    /// nothing is queued, in flight or waiting to settle (or the pipeline is
    /// shutting down).
    public func waitUntilDrained() async {
        while await !health.isReady {
            if await queue.isClosed { return }
            try? await Task.sleep(for: .milliseconds(50))
        }
        while await !queue.isClosed {
            let counts = await queue.counts
            if counts.queued == 0 && counts.inFlight == 0 && counts.delayed == 0 { return }
            try? await Task.sleep(for: .milliseconds(50))
        }
    }
}
