import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The daemon outlives the reader of its standard error.
@Suite struct DaemonStderrTests {
    /// `run 2>&1 | head`: once the pipe's reader is gone, the next log lines
    /// must not end the daemon (SIGPIPE's default action, exit 141); it goes
    /// on reading files and stops cleanly on SIGTERM.
    @Test func keepsRunningWhenItsStderrReaderIsGone() throws {
        let daemon = try DaemonHarness()
        defer { daemon.remove() }
        let pipe = Pipe()
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["run", "--config", daemon.config.path]
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // Read until READY's log line, then close the only read end.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("bilateral: ready") {
            let chunk = pipe.fileHandleForReading.availableData
            try #require(!chunk.isEmpty, "stderr ended before the ready line")
            seen += chunk
        }
        try pipe.fileHandleForReading.close()
        // Every file read logs a line at info level: written to a pipe with no reader.
        try DaemonFeedWriter.write([DaemonFeedWriter.item("p1")], to: daemon.inbox.appendingPathComponent("p.xml"))
        try daemon.waitFor("p.xml's record", timeout: 10) { try daemon.jsonlIDs().count == 1 }
        Thread.sleep(forTimeInterval: 0.5)
        #expect(process.isRunning, "the daemon ended (status \(process.terminationStatus))")
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(15)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!process.isRunning)
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }
}
