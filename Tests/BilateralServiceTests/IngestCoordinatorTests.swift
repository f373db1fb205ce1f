import Foundation
import Logging
import ServiceLifecycle
import Testing
@testable import BilateralService

/// A processor that records what it was asked to do and answers from a script.
actor RecordingProcessor {
    var calls: [String] = []
    var unsettledOnce: Set<String> = []

    init(unsettledOnce: Set<String> = []) {
        self.unsettledOnce = unsettledOnce
    }

    var triggers: [FileTrigger] = []

    func process(_ name: String, trigger: FileTrigger) -> FileOutcome {
        calls.append(name)
        triggers.append(trigger)
        if unsettledOnce.remove(name) != nil { return .unsettled(retryAfter: .milliseconds(300)) }
        return .ingested(items: 1, new: 1)
    }
}

struct ScriptedProcessing: FileProcessing {
    let recorder: RecordingProcessor
    func process(_ name: String, trigger: FileTrigger) async -> FileOutcome {
        await recorder.process(name, trigger: trigger)
    }
}

@Suite struct IngestCoordinatorTests {
    func coordinator(_ folder: TemporaryFolder, _ recorder: RecordingProcessor, poll: Duration = .seconds(60),
                     observer: IngestCoordinator.Observer? = nil) -> IngestCoordinator {
        let scanner = InboxScanner(inbox: folder.url, filter: InboxFileFilter(ignore: [".*", "*.tmp"]), followSymlinks: false)
        return IngestCoordinator(scanner: scanner, workers: 2, pollInterval: poll,
                                 processor: { ScriptedProcessing(recorder: recorder) },
                                 health: PipelineHealth(), notifier: SystemdNotifier(environment: [:]),
                                 logger: Logger(label: "test"), observer: observer)
    }

    /// Runs `coordinator` in a service group, runs `body`, then shuts it down gracefully.
    func running(_ coordinator: IngestCoordinator, _ body: () async throws -> Void) async throws {
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: coordinator, successTerminationBehavior: .gracefullyShutdownGroup)],
            logger: Logger(label: "test")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await body()
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    func waitFor(_ condition: () async -> Bool) async {
        for _ in 0..<600 where await !condition() { try? await Task.sleep(for: .milliseconds(50)) }
    }

    @Test func scansAtStartThenFollowsEvents() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("old.xml", "x")
        try folder.write("notes.txt", "x")
        let recorder = RecordingProcessor()
        let coordinator = coordinator(folder, recorder)
        try await running(coordinator) {
            await waitFor { await coordinator.health.isReady }
            #expect(await recorder.calls == ["old.xml"])
            try folder.write("new.rss", "x")
            try folder.write("skip.xml.tmp", "x")
            try FileManager.default.moveItem(at: folder.path("skip.xml.tmp"), to: folder.path("renamed.xml"))
            await waitFor { await recorder.calls.count >= 3 }
        }
        #expect(await recorder.calls == ["old.xml", "new.rss", "renamed.xml"])
        #expect(await recorder.triggers == [.scan, .event, .event])
        #expect(await coordinator.health.counts.filesRead == 3)
    }

    @Test func unsettledFilesAreRetried() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("busy.xml", "x")
        let recorder = RecordingProcessor(unsettledOnce: ["busy.xml"])
        let coordinator = coordinator(folder, recorder)
        try await running(coordinator) {
            await waitFor { await recorder.calls.count >= 2 }
        }
        #expect(await recorder.calls == ["busy.xml", "busy.xml"])
        #expect(await recorder.triggers == [.scan, .retry])
        #expect(await coordinator.health.counts.filesRead == 1)
    }

    @Test func pollingFindsFilesWithoutEvents() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let recorder = RecordingProcessor()
        let coordinator = coordinator(folder, recorder, poll: .milliseconds(400))
        try await running(coordinator) {
            await waitFor { await coordinator.health.isReady }
            // A file that appears by a hard link produces no IN_CLOSE_WRITE/IN_MOVED_TO: only the poll sees it.
            let outside = try TemporaryFolder()
            defer { outside.remove() }
            let source = try outside.write("linked.xml", "x")
            try FileManager.default.linkItem(at: source, to: folder.path("linked.xml"))
            await waitFor { await recorder.calls.contains("linked.xml") }
            // Later polls skip it while its size and mtime stay the same...
            try await Task.sleep(for: .milliseconds(1000))
            #expect(await recorder.calls.filter { $0 == "linked.xml" }.count == 1)
            // ...and queue it again once they change (no event: utimes only).
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)],
                                                  ofItemAtPath: folder.path("linked.xml").path)
            await waitFor { await recorder.calls.filter { $0 == "linked.xml" }.count == 2 }
        }
        #expect(await recorder.calls.filter { $0 == "linked.xml" }.count == 2)
    }
}
