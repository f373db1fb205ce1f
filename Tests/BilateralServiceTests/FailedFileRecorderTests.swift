import Foundation
import Testing
@testable import BilateralService

@Suite struct FailedFileRecorderTests {
    @Test func copiesTheFileAndWritesTheReport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = try folder.write("inbox/bad.xml", "<rss><channel>")
        let recorder = FailedFileRecorder(inbox: folder.path("inbox"), failed: folder.path("failed"))
        try recorder.record(name: "bad.xml", message: "feeds: no XML element found", line: 1, column: 15,
                            time: Date(timeIntervalSince1970: 0))
        #expect(try String(contentsOf: folder.path("failed/bad.xml"), encoding: .utf8) == "<rss><channel>")
        #expect(try String(contentsOf: source, encoding: .utf8) == "<rss><channel>")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.path("failed/bad.xml.error.json")))
            as? [String: Any]
        #expect(report?["error"] as? String == "feeds: no XML element found")
        #expect(report?["file"] as? String == "inbox/bad.xml")
        #expect(report?["line"] as? Int == 1)
        #expect(report?["column"] as? Int == 15)
        #expect(report?["time"] as? String == "1970-01-01T00:00:00Z")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path("failed").path)
        #expect(leftovers.sorted() == ["bad.xml", "bad.xml.error.json"])
    }
}
