import Testing
@testable import BilateralService

/// The blocked files and outputs behind that the log reports once, STATUS= counts and `run --once` ends with.
@Suite struct PipelineHealthTests {
    @Test func aBlockedFileIsNewsOnceAndShowsInTheStatusUntilHandled() async {
        let health = PipelineHealth()
        #expect(await health.block("a.xml", reason: "cannot read the file: Permission denied"))
        #expect(await !health.block("a.xml", reason: "cannot read the file: Permission denied"), "the same reason again is not news")
        #expect(await health.block("a.xml", reason: "not processed: disk full"), "a new reason is")
        #expect(await health.statusLine(queued: 0) == "0 files read, 0 new items, 0 failed; 0 queued; 1 not handled")
        #expect(await health.unblock("a.xml") == "not processed: disk full")
        #expect(await health.unblock("a.xml") == nil)
        #expect(await health.statusLine(queued: 0) == "0 files read, 0 new items, 0 failed; 0 queued")
    }

    /// A failing output is news once per reason (the flush retries it every 200 ms under load), its
    /// recovery once, and STATUS= shows it while it lasts.
    @Test func anOutputIsBehindUntilItsNextWriteSucceeds() async {
        struct Refused: Error {}
        struct Full: Error {}
        let health = PipelineHealth()
        #expect(await health.output(RunReport.jsonl, failed: nil) == nil)
        #expect(await health.output(RunReport.jsonl, failed: Refused()) == .failing)
        #expect(await health.output(RunReport.jsonl, failed: Refused()) == nil, "the same failure again is not news")
        #expect(await health.output(RunReport.jsonl, failed: Full()) == .failing, "another reason is")
        #expect(await Array(health.outputsBehind.keys) == [RunReport.jsonl])
        #expect(await health.statusLine(queued: 0).hasSuffix("; \(RunReport.jsonl) behind"))
        #expect(await health.output(RunReport.jsonl, failed: nil) == .writtenAgain)
        #expect(await health.output(RunReport.jsonl, failed: nil) == nil)
        #expect(await health.outputsBehind.isEmpty)
        #expect(await health.statusLine(queued: 0) == "0 files read, 0 new items, 0 failed; 0 queued")
    }
}
