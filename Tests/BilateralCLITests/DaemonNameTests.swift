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
