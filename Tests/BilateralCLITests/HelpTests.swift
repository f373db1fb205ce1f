import Foundation
import Testing

/// Runs the built `bilateral` binary as a user would.
@Suite struct HelpTests {
    @Test func helpNamesTheTool() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: bilateral"))
    }
}
