@testable import bilateral
import Testing

/// `bilateral reclassify` says how far it is, at most every interval, and not once it is done.
@Suite struct ReclassifyProgressTests {
    @Test func linesWhileWorkingNoneAtTheEnd() {
        final class Lines: @unchecked Sendable { var all: [String] = [] }
        let lines = Lines()
        var progress = ReclassifyCommand.Progress(total: 10)
        progress.interval = .zero
        progress.report = { lines.all.append($0) }
        for count in [3, 3, 4] { progress.advance(by: count) }
        #expect(progress.done == 10)
        #expect(lines.all.count == 2)
        #expect(lines.all.first?.hasPrefix("reclassify: 3 of 10 items (30%), ") == true)
        #expect(lines.all.last?.hasPrefix("reclassify: 6 of 10 items (60%), ") == true)

        var quiet = ReclassifyCommand.Progress(total: 10)
        quiet.report = { lines.all.append($0) }
        quiet.advance(by: 5)
        #expect(lines.all.count == 2, "within the interval: no line")
    }
}
