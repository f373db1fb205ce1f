import Foundation
import Testing

/// An error found while a command runs names the problem, not the root command's usage,
/// and prints nothing on standard output first.
@Suite struct CommandErrorTests {
    @Test func evaluateWithNoItemsInALanguage() throws {
        let result = try BinaryRunner.run(["evaluate", "--language", "xx"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no items to score in language 'xx'"))
        #expect(!result.stderr.contains("Usage: bilateral <subcommand>"), "\(result.stderr)")
    }

    @Test func benchParseOfAMissingFile() throws {
        let result = try BinaryRunner.run(["bench", "parse", "/nonexistent/feeds"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty, "no table header before the error: \(result.stdout)")
        #expect(result.stderr.contains("no such file or folder: /nonexistent/feeds"))
        #expect(!result.stderr.contains("Usage: bilateral <subcommand>"))
    }
}
