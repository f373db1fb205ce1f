import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Inbox names the daemon cannot read are said, once, not passed over.
@Suite struct DaemonNameTests {
    @Test func aNameThatIsNotUTF8IsReportedOnce() throws {
        let daemon = try DaemonHarness(poll: 0.3)
        defer { daemon.remove() }
        try daemon.start()
        let path = Array(daemon.inbox.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".xml".utf8) + [0]
        let fd = path.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
        }
        try #require(fd >= 0)
        close(fd)
        let line = "file name is not UTF-8: the file cannot be read; rename it file=inbox/bad\\xFF.xml"
        try daemon.waitFor("the warning", timeout: 10) { daemon.log.contains(line) }
        Thread.sleep(forTimeInterval: 1.0)   // three more polls
        #expect(daemon.log.components(separatedBy: line).count == 2, "said once")
        #expect(try daemon.stop() == 0)
    }
}

/// `failed/` lists the files that cannot be read now: a failed file that later reads
/// (filled after an empty first version, or rewritten) has its stale copy removed.
@Suite struct DaemonFailedCopyTests {
    @Test func aFileThatReadsLaterLeavesFailed() throws {
        let daemon = try DaemonHarness(settle: 0.1, poll: 0.3)
        defer { daemon.remove() }
        try daemon.start()
        let name = "late.xml"
        try FaultSupport.drop(Data(), as: name, into: daemon)
        let copy = daemon.failed.appendingPathComponent(name), report = daemon.failed.appendingPathComponent(name + ".error.json")
        try daemon.waitFor("the empty file in failed/", timeout: 15) { FileManager.default.fileExists(atPath: report.path) }
        try FaultSupport.drop([DaemonFeedWriter.item("late1")], as: name, into: daemon)
        try daemon.waitFor("its item", timeout: 15) { try daemon.jsonlIDs().count == 1 }
        try daemon.waitFor("the stale copy gone", timeout: 5) {
            !FileManager.default.fileExists(atPath: copy.path) && !FileManager.default.fileExists(atPath: report.path)
        }
        #expect(daemon.log.contains("its earlier copy and .error.json in failed/ removed"))
        #expect(FileManager.default.fileExists(atPath: daemon.inbox.appendingPathComponent(name).path), "the inbox file stays")
        #expect(try daemon.stop() == 0)
    }
}
