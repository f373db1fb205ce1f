import Logging
import Testing
@testable import BilateralService

@Suite struct StderrLogHandlerTests {
    @Test func journalLinesCarryPriorityAndMetadata() {
        let handler = StderrLogHandler(label: "bilateral", style: .journal)
        let line = handler.format(level: .warning, message: "file read",
                                  metadata: ["file": "inbox/a b.xml", "item.id": "00ff"])
        #expect(line == "<4>warning bilateral: file read file=\"inbox/a b.xml\" item.id=00ff")
    }

    @Test func plainLinesAreOneLineWithoutColour() {
        let handler = StderrLogHandler(label: "bilateral", style: .plain)
        let line = handler.format(level: .info, message: "two\nlines", metadata: ["error": "x\ny"])
        #expect(!line.contains("\n"))
        #expect(!line.contains("\u{1B}"))
        #expect(line.hasSuffix(" info bilateral: two\\nlines error=\"x\\ny\""))
    }

    @Test func terminalLinesAreColoured() {
        let line = StderrLogHandler(label: "b", style: .terminal).format(level: .error, message: "m", metadata: [:])
        #expect(line.contains("\u{1B}[31merror\u{1B}[0m"))
    }

    @Test func styleFollowsTheEnvironment() {
        #expect(StderrLogHandler.Style.detect(environment: ["JOURNAL_STREAM": "8:1234"]) == .journal)
    }
}
