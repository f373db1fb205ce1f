import Foundation
import Testing

/// `bilateral classify`: one JSON record per item on standard output, a file
/// that cannot be read reported as FILE:LINE:COLUMN with exit status 1 while
/// the other files are still read, and the same ids from a file or stdin.
@Suite struct ClassifyCommandTests {
    typealias Feeds = DaemonFeedWriter

    static func records(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func writesARecordPerItemAndReportsAnUnreadableFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-classify-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.xml")
        let bad = folder.appendingPathComponent("bad.xml")
        try Feeds.write([Feeds.item("c1", energy: true), Feeds.item("c2")], to: good)
        try Data("not a feed\n".utf8).write(to: bad)
        let lexicon = ["--lexicons", DaemonHarness.lexicon.path, "--no-progress"]

        let run = try BinaryRunner.run(["classify", bad.path, good.path] + lexicon)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(bad.path):1:1:"), "stderr: \(run.stderr)")
        let records = try Self.records(run.stdout)
        #expect(records.count == 2)
        #expect(records.compactMap { $0["guid"] as? String } == ["c1", "c2"])
        #expect(records.allSatisfy { ($0["feed"] as? [String: Any])?["file"] as? String == good.path })
        let pairs = records.map { record in
            ((record["dyads"] as? [[String: Any]]) ?? []).compactMap { $0["pair"] as? String }
        }
        #expect(pairs.allSatisfy { !$0.isEmpty }, "each item is about a pair of the test lexicon: \(pairs)")

        let piped = try BinaryRunner.run(["classify", "-"] + lexicon, stdin: try Data(contentsOf: good))
        #expect(piped.status == 0)
        let fromStdin = try Self.records(piped.stdout)
        #expect(fromStdin.compactMap { $0["id"] as? String } == records.compactMap { $0["id"] as? String })
        #expect(fromStdin.allSatisfy { ($0["feed"] as? [String: Any])?["file"] as? String == "<stdin>" })
    }

    /// A file that is not XML is said to be so (libxml2's "Document is empty" read as if the
    /// file were empty), and a file with no position in it gets no `:0:0`.
    @Test func saysWhatIsWrongWithAFileThatIsNotAFeed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-classify-bad-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("items.json"), text = folder.appendingPathComponent("notes.txt")
        let empty = folder.appendingPathComponent("empty.xml"), missing = folder.appendingPathComponent("missing.xml")
        try Data("{\"items\": [1, 2]}\n".utf8).write(to: json)
        try Data("Gondor and Rohan\nsign a treaty\n".utf8).write(to: text)
        try Data().write(to: empty)

        let run = try BinaryRunner.run(["classify", "--no-progress", "--lexicons", DaemonHarness.lexicon.path,
                                        json.path, text.path, empty.path, missing.path])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        for file in [json, text] {
            #expect(lines.contains("bilateral: \(file.path):1:1: not XML: the file does not start with XML markup (a JSON, text or binary file?)"),
                    "\(run.stderr)")
        }
        #expect(lines.contains("bilateral: \(empty.path): empty: the document is empty"), "\(run.stderr)")
        #expect(lines.contains { $0.hasPrefix("bilateral: \(missing.path): unreadable: ") }, "\(run.stderr)")
        #expect(!run.stderr.contains(":0:0") && !run.stderr.contains("Document is empty"), "\(run.stderr)")
    }

    /// A folder argument stands for its feed files, in name order, not recursively, without
    /// the names the inbox ignores; an empty folder is a warning, not a failure.
    @Test func readsTheFeedFilesOfAFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-classify-dir-\(UUID().uuidString.prefix(8))")
        let folder = root.appendingPathComponent("feeds"), empty = root.appendingPathComponent("empty")
        for made in [folder.appendingPathComponent("sub"), empty] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        try Feeds.write([Feeds.item("b1"), Feeds.item("b2")], to: folder.appendingPathComponent("b.xml"))
        try Feeds.write([Feeds.item("a1")], to: folder.appendingPathComponent("a.rss"))
        for ignored in [".c.xml", "d.xml.tmp", "sub/e.xml", "notes.txt"] {
            try Feeds.write([Feeds.item("ignored")], to: folder.appendingPathComponent(ignored))
        }
        let single = root.appendingPathComponent("single.atom")
        try Feeds.write([Feeds.item("s1")], to: single)

        // --lexicons before the files, as README writes it: it takes one folder, not the files.
        let run = try BinaryRunner.run(["classify", "--lexicons", DaemonHarness.lexicon.path,
                                        folder.path, empty.path, single.path, "--no-progress"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("\(empty.path): no feed files"), "stderr: \(run.stderr)")
        let records = try Self.records(run.stdout)
        #expect(records.compactMap { $0["guid"] as? String } == ["a1", "b1", "b2", "s1"])
        #expect(records.compactMap { ($0["feed"] as? [String: Any])?["file"] as? String }
                == [folder.path + "/a.rss", folder.path + "/b.xml", folder.path + "/b.xml", single.path])
    }
}
