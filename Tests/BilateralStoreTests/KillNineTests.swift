import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

/// Real crashes: this test binary is started again as a worker that ingests
/// and exports in a loop, and is killed with SIGKILL at a random moment,
/// several times; afterwards every stored item must be in the day files
/// exactly once, in seq order.
@Suite struct KillNineTests {
    static let workerVariable = "BILATERAL_STORE_KILL_WORKER"

    @Test func exportIsExactlyOnceAcrossKill9() async throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        for round in 0..<4 {
            let worker = Process()
            worker.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            worker.arguments = ["--filter", "killWorker", "--testing-library", "swift-testing"]
            worker.environment = ProcessInfo.processInfo.environment.merging(
                [Self.workerVariable: fx.folder, "BILATERAL_STORE_KILL_ROUND": "\(round)",
                 "BILATERAL_STORE_KILL_PARENT": "\(getpid())"]) { $1 }
            worker.standardOutput = FileHandle.nullDevice
            worker.standardError = FileHandle.nullDevice
            try worker.run()
            // Let it get going (start-up of the test binary), then kill it mid-work.
            try await waitForItems(fx, moreThan: round * 10)
            try await Task.sleep(for: .milliseconds(Int.random(in: 50...400)))
            kill(worker.processIdentifier, SIGKILL)
            worker.waitUntilExit()
            #expect(worker.terminationReason == .uncaughtSignal,
                    "round \(round): the worker was not killed but exited with status \(worker.terminationStatus)")
        }
        let store = try fx.open()
        try fx.exporter(store).export()
        let stored = try store.storedItems(ItemQuery(timeField: .firstSeen, limit: nil)).sorted { $0.seq < $1.seq }
        let files = try FileManager.default.contentsOfDirectory(atPath: fx.outFolder).filter { $0.hasSuffix(".jsonl") }.sorted()
        let exported = try files.flatMap { try fx.exportedIDs($0) }
        #expect(stored.count > 40)
        #expect(exported == stored.map(\.record.id))
    }

    private func waitForItems(_ fx: StoreFixture, moreThan count: Int) async throws {
        for _ in 0..<600 {
            if FileManager.default.fileExists(atPath: fx.databasePath),
               let n = try? ItemStore.open(path: fx.databasePath, readOnly: true, logger: fx.logger).counts().items,
               n > count { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the worker stored nothing in 30 s")
    }

    /// The worker: runs only when started by the test above, until it is killed, or
    /// its parent test process is gone, or 600 s have passed (a test run that crashed
    /// or was stopped must not leave it running). The deadline is only that backstop:
    /// under AddressSanitizer on a loaded machine this test has taken 208 s, and a
    /// worker that stopped by itself at 120 s was not killed, failing the test.
    @Test(.enabled(if: ProcessInfo.processInfo.environment[workerVariable] != nil))
    func killWorker() throws {
        let env = ProcessInfo.processInfo.environment
        let fx = StoreFixture(existing: env[Self.workerVariable]!)
        let round = env["BILATERAL_STORE_KILL_ROUND"] ?? "0"
        let parent = env["BILATERAL_STORE_KILL_PARENT"].flatMap { pid_t($0) } ?? getppid()
        let deadline = ContinuousClock.now + .seconds(600)
        let store = try fx.open()
        let exporter = fx.exporter(store, batchSize: 3)
        var n = 0
        while getppid() == parent && ContinuousClock.now < deadline {
            let records = (0..<5).map { StoreFixture.record("r\(round)-\(n)-\($0)") }
            _ = try store.ingest(file: StoreFixture.file("inbox/f\(round)-\(n).xml"), records: records)
            try exporter.export()
            n += 1
        }
    }
}
