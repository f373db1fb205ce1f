import Testing
@testable import BilateralService

@Suite struct WorkQueueTests {
    @Test func eachNameOnceInOrder() async {
        let queue = WorkQueue()
        for name in ["a", "b", "a", "c"] { await queue.enqueue(name, trigger: .scan) }
        #expect(await queue.next()?.name == "a")
        #expect(await queue.next()?.name == "b")
        #expect(await queue.next()?.name == "c")
        #expect(await queue.counts.inFlight == 3)
    }

    @Test func changedWhileInFlightIsProcessedAgain() async {
        let queue = WorkQueue()
        await queue.enqueue("a", trigger: .scan)
        #expect(await queue.next()?.name == "a")
        await queue.enqueue("a", trigger: .scan)
        #expect(await queue.counts.queued == 0)
        await queue.finish("a")
        #expect(await queue.next()?.name == "a")
    }

    @Test func anEventOutranksAScan() async {
        let queue = WorkQueue()
        await queue.enqueue("a", trigger: .scan)
        await queue.enqueue("a", trigger: .event)
        await queue.enqueue("a", trigger: .scan)
        #expect(await queue.next() == WorkQueue.Work(name: "a", trigger: .event))
    }

    @Test func delayedRetriesWaitUntilDue() async {
        let queue = WorkQueue()
        await queue.enqueue("slow", trigger: .scan, after: .seconds(10))
        await queue.promoteDue()
        #expect(await queue.counts == (0, 0, 1))
        await queue.promoteDue(now: .now + .seconds(11))
        #expect(await queue.next() == WorkQueue.Work(name: "slow", trigger: .retry))
    }

    @Test func closeEndsWaiters() async {
        let queue = WorkQueue()
        async let waiting = queue.next()
        await queue.enqueue("x", trigger: .scan)
        #expect(await waiting?.name == "x")
        async let next = queue.next()
        await queue.close()
        #expect(await next == nil)
        await queue.enqueue("y", trigger: .scan)
        #expect(await queue.next() == nil)
    }
}
