@testable import bilateral
import Testing

/// `bilateral classify FILE...` folds its runs of file arguments before ArgumentParser parses
/// them (`ArgumentRuns`, linear where ArgumentParser's arrays are quadratic); the command it
/// gets must be the one ArgumentParser alone makes of the same arguments.
@Suite struct ArgumentRunsTests {
    static let cases: [[String]] = [
        ["classify", "a.xml"],
        ["classify", "a.xml", "b.xml", "c.xml"],
        ["classify", "a.xml", "b.xml", "--pretty", "c.xml", "d.xml", "e.xml"],
        ["classify", "--lexicons", "d1", "d2", "d3", "--pretty", "a", "b", "c"],
        ["classify", "--lexicons", "d1", "d2", "--", "-x.xml", "y.xml", "z.xml"],
        ["classify", "-", "a.xml", "b.xml"],
        ["classify", "a", "b", "--no-progress", "c", "d", "--lexicons", "l1", "l2"],
        ["classify", "--lexicons=d1", "d2", "a.xml", "b.xml"],
        ["classify", "--lexicons", "d1", "a.xml", "b.xml", "--lexicons", "d2", "c.xml"],
        ["classify", "--lexicons=d1", "--pretty", "a.xml", "b.xml"],
        ["classify", "--progress", "a", "b", "c", "d", "e", "f", "g", "--pretty"],
    ]

    @Test("the folded parse gives the same command as ArgumentParser alone, or fails where it fails", arguments: cases)
    func sameCommand(_ arguments: [String]) throws {
        guard let plain = try? Bilateral.parseAsRoot(arguments) as? ClassifyCommand else {
            #expect(throws: (any Error).self) { try Bilateral.parse(arguments) }
            return
        }
        let folded = try #require(try Bilateral.parse(arguments) as? ClassifyCommand)
        #expect(folded.files == plain.files)
        #expect(folded.lexicons == plain.lexicons)
        #expect(folded.pretty == plain.pretty)
        #expect(folded.progress == plain.progress)
    }

    @Test("--lexicons takes one folder each time, anywhere: the files after it are files")
    func lexiconsTakeOneValue() throws {
        let command = try #require(try Bilateral.parse(["classify", "--lexicons", "d1", "a.xml", "b.xml", "c.xml",
                                                        "--lexicons", "d2", "d.xml"]) as? ClassifyCommand)
        #expect(command.lexicons == ["d1", "d2"])
        #expect(command.files == ["a.xml", "b.xml", "c.xml", "d.xml"])
        let one = try #require(try Bilateral.parse(["classify", "--lexicons", "d1", "a.xml"]) as? ClassifyCommand)
        #expect(one.lexicons == ["d1"] && one.files == ["a.xml"])
    }

    @Test("1,000 files between options: the same files in the same order, and three arguments parsed for them")
    func manyFiles() throws {
        let files = (0..<1_000).map { "feed-\($0).xml" }
        let arguments = ["classify", "--pretty"] + files[..<500] + ["--no-progress"] + files[500...]
        let plain = try #require(try Bilateral.parseAsRoot(arguments) as? ClassifyCommand)
        let folded = try #require(try Bilateral.parse(arguments) as? ClassifyCommand)
        #expect(plain.files == files)
        #expect(folded.files == files)
        #expect(folded.pretty && folded.progress == false)
        // classify, --pretty, a file and a placeholder, --no-progress, a file and a placeholder.
        #expect(ArgumentRuns(arguments, keeping: 1).folded.count == 7)
    }

    @Test("what ArgumentParser rejects is still rejected", arguments: [
        ["classify"], ["classify", "-", "-"], ["classify", "a", "b", "-", "c", "d", "-"], ["classify", "a", "b", "--nope"],
    ])
    func rejected(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try Bilateral.parseAsRoot(arguments) }
        #expect(throws: (any Error).self) { try Bilateral.parse(arguments) }
    }

    @Test("bench parse: 1,000 files, the same files in the same order as ArgumentParser alone gives")
    func benchParseFiles() throws {
        let files = (0..<1_000).map { "feed-\($0).xml" }
        let arguments = ["bench", "parse", "--runs", "2"] + files[..<400] + ["--no-text"] + files[400...]
        let plain = try #require(try Bilateral.parseAsRoot(arguments) as? BenchParseCommand)
        let folded = try #require(try Bilateral.parse(arguments) as? BenchParseCommand)
        #expect(plain.inputs == files)
        #expect(folded.inputs == files)
        #expect(folded.runs == 2 && folded.noText)
        // bench, parse, --runs, 2 and a placeholder, --no-text, a file and a placeholder.
        #expect(ArgumentRuns(arguments, keeping: 2).folded.count == 8)
    }

    @Test("other commands are parsed as they are")
    func otherCommands() throws {
        #expect(try Bilateral.parse(["query", "--pair", "CN-RU"]) is QueryCommand)
        #expect(ArgumentRuns(["a", "b"], keeping: 2).folded == ["a", "b"])
        #expect(ArgumentRuns(["classify", "a", "b", "c"], keeping: 1).expand(["x"]) == ["x"])
    }
}
