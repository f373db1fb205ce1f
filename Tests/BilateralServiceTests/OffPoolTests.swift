import Dispatch
import Foundation
import Testing

@testable import BilateralService

@Suite struct OffPoolTests {
    @Test func returnsTheBodysResultOrError() async throws {
        struct Failure: Error {}
        #expect(try await OffPool.run("test") { 42 }.get() == 42)
        let failed = await OffPool.run("test") { () throws -> Int in throw Failure() }
        #expect(throws: Failure.self) { try failed.get() }
        #expect(await OffPool.run("test") { "done" } == "done")
    }

    /// More blocked bodies than the pool has threads (one per core) still leave
    /// the pool free: a task on it runs and releases them. Were they run on the
    /// pool, the releasing
    /// task could not run and the bodies would time out (120 s, then fail).
    @Test func blockedBodiesLeaveTheConcurrencyPoolFree() async {
        let count = ProcessInfo.processInfo.activeProcessorCount + 2
        let release = DispatchSemaphore(value: 0)
        let started = Counter()
        let released = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<count {
                group.addTask {
                    await OffPool.run("test.blocked") { () -> Bool in
                        started.increment()
                        return release.wait(timeout: .now() + 120) == .success
                    }
                }
            }
            group.addTask {
                // Runs on the pool while every body is blocked.
                while started.value < count { try? await Task.sleep(for: .milliseconds(5)) }
                for _ in 0..<count { release.signal() }
                return true
            }
            var all = true
            for await ok in group { all = all && ok }
            return all
        }
        #expect(released)
    }

    @Test func aStopFlagIsSetWhenTheTaskIsCancelled() async {
        let flag = StopFlag()
        let task = Task {
            await flag.settingOnStop {
                while !flag.isSet { try? await Task.sleep(for: .milliseconds(5)) }
                return flag.isSet
            }
        }
        task.cancel()
        #expect(await task.value)
        let early = StopFlag()
        let cancelledFirst = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await early.settingOnStop { early.isSet }
        }
        #expect(await cancelledFirst.value)
        #expect(await StopFlag().settingOnStop { 1 } == 1)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
