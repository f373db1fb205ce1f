import Foundation
import Testing

/// An output that cannot be written is retried at every flush (every 200 ms under load): the
/// log says so once per reason, and once more when it is written again, not at every retry.
@Suite struct DaemonOutputLogTests {
    typealias Feeds = DaemonFeedWriter

    @Test func aFailingJSONLinesExportIsLoggedOnceAndItsRecoveryOnce() throws {
        let daemon = try DaemonHarness(settle: 0.1, poll: 0.3)
        defer { daemon.remove() }
        try daemon.start()
        try FaultSupport.drop([Feeds.item("first")], as: "first.xml", into: daemon)
        try FaultSupport.waitForGUIDs(["first"], in: daemon, timeout: 30)
        // Today's JSON Lines file becomes a folder: every export fails the same way.
        let files = try FileManager.default.contentsOfDirectory(atPath: daemon.out.path).filter { $0.hasSuffix(".jsonl") }
        let day = daemon.out.appendingPathComponent(try #require(files.first))
        try FileManager.default.removeItem(at: day)
        try FileManager.default.createDirectory(at: day, withIntermediateDirectories: false)
        for index in 0..<5 {
            try FaultSupport.drop([Feeds.item("during\(index)")], as: "during\(index).xml", into: daemon)
            Thread.sleep(forTimeInterval: 0.4)
        }
        let failing = "outputs not written yet"
        try daemon.waitFor("the failure in the log", timeout: 10) { daemon.log.contains(failing) }
        Thread.sleep(forTimeInterval: 1)
        #expect(daemon.log.components(separatedBy: failing).count == 2, "said once:\n\(daemon.log.suffix(3000))")
        try FileManager.default.removeItem(at: day)
        try daemon.waitFor("the recovery in the log", timeout: 10) { daemon.log.contains("outputs written again") }
        try FaultSupport.drop([Feeds.item("after")], as: "after.xml", into: daemon)
        try daemon.waitFor("every item exported", timeout: 30) { try Set(FaultSupport.guids(daemon)).count == 7 }
        #expect(try daemon.stop() == 0)
        #expect(try FaultSupport.guids(daemon).count == 7, "each item once")
        #expect(daemon.log.components(separatedBy: "outputs written again").count == 2)
    }
}

/// A document read in recovery mode is logged with what was wrong and where, as the
/// database's `file.error` has it, not only `recovered=true`.
@Suite struct DaemonRecoveredLogTests {
    @Test func theFileReadLineNamesTheProblem() throws {
        let daemon = try DaemonHarness(settle: 0.1, poll: 0.3)
        defer { daemon.remove() }
        try daemon.start()
        let feed = "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>One</title><guid>one</guid></item>\n"
            + "<item><title>Two</title><guid>two</guid></item>\n<</channel></rss>\n"
        try FaultSupport.drop(Data(feed.utf8), as: "broken.xml", into: daemon)
        try daemon.waitFor("the file read", timeout: 15) { daemon.log.contains("file read file=inbox/broken.xml") }
        let line = try #require(daemon.log.split(separator: "\n").first { $0.contains("file read file=inbox/broken.xml") })
        #expect(line.contains("notice"))
        #expect(line.contains("recovered=true"))
        #expect(line.contains("problem=\"4:"), "the problem's line: \(line)")
        #expect(try daemon.stop() == 0)
    }
}
