import Foundation
import Testing

/// Runs the built `bilateral` binary as a user would.
@Suite struct HelpTests {
    @Test func helpNamesTheTool() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: bilateral"))
    }

    /// An undated item is filtered and ordered by when the daemon first saw it
    /// (`ItemQuery.TimeField.published`); the help said "Published on or after".
    @Test func queryHelpSaysWhatTheDateOfAnUndatedItemIs() throws {
        let help = try BinaryRunner.run(["query", "--help"]).stdout.split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(!help.contains("Published on or after"))
        #expect(help.contains("--since <date> Dated on or after this date (YYYY-MM-DD or ISO 8601): published, or first seen by the daemon for an item without a date."))
        #expect(help.contains("--until <date> Dated before this date"))
    }
}
