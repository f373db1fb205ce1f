import Testing
@testable import BilateralService

@Suite struct WorkQueueTests {
    @Test func eachNameOnceInOrder() async {
        let queue = WorkQueue()
        for name in ["a", "b", "a", "c"] { await queue.enqueue(name) }
        #expect(await queue.next() == "a")
        #expect(await queue.next() == "b")
        #expect(await queue.next() == "c")
        #expect(await queue.counts.inFlight == 3)
    }

    @Test func changedWhileInFlightIsProcessedAgain() async {
        let queue = WorkQueue()
        await queue.enqueue("a")
        #expect(await queue.next() == "a")
        await queue.enqueue("a")
        #expect(await queue.counts.queued == 0)
        await queue.finish("a")
        #expect(await queue.next() == "a")
    }

    @Test func delayedRetriesWaitUntilDue() async {
        let queue = WorkQueue()
        await queue.enqueue("slow", after: .seconds(10))
        await queue.promoteDue()
        #expect(await queue.counts == (0, 0, 1))
        await queue.promoteDue(now: .now + .seconds(11))
        #expect(await queue.next() == "slow")
    }

    @Test func closeEndsWaitersAndIdleWaits() async {
        let queue = WorkQueue()
        async let waiting = queue.next()
        await queue.enqueue("x")
        #expect(await waiting == "x")
        async let idle: Void = queue.waitUntilIdle()
        async let next = queue.next()
        await queue.close()
        await idle
        #expect(await next == nil)
        await queue.enqueue("y")
        #expect(await queue.next() == nil)
    }
}
