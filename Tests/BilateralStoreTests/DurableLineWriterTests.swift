import Foundation
import Testing
@testable import BilateralStore

@Suite struct DurableLineWriterTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "bilateral-linewriter-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func append(_ writer: DurableLineWriter, _ line: String) throws {
        var line = line
        try line.withUTF8 { try writer.append(line: $0) }
    }

    /// Lines larger in total than the buffer come out whole and in order.
    @Test func appendsLinesAcrossSeveralChunks() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.jsonl"
        try Data("first\n".utf8).write(to: URL(fileURLWithPath: path))
        let lines = (0..<300).map { "\($0):" + String(repeating: "x", count: 10_000 + $0) }
        let writer = try DurableLineWriter(appendingTo: path)
        for line in lines { try Self.append(writer, line) }
        try writer.finish()
        let expected = "first\n" + lines.map { $0 + "\n" }.joined()
        #expect(lines.reduce(0) { $0 + $1.utf8.count + 1 } > 2 * DurableLineWriter.chunkBytes)
        #expect(writer.bytesWritten == Int64(expected.utf8.count - 6))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    }

    /// A replacement is seen whole at `finish()`; one given up leaves the
    /// old file and no temporary file.
    @Test func replacesAtFinishAndLeavesTheOldFileWhenGivenUp() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/b.jsonl"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        do {
            let abandoned = try DurableLineWriter(replacing: path)
            try Self.append(abandoned, String(repeating: "y", count: DurableLineWriter.chunkBytes + 10))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["b.jsonl"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        let writer = try DurableLineWriter(replacing: path)
        try Self.append(writer, "new 1")
        try Self.append(writer, "new 2")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        try writer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new 1\nnew 2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["b.jsonl"])
    }

    @Test func namesTheFileItCannotOpen() throws {
        let path = "/nonexistent-bilateral-folder/c.jsonl"
        #expect { try DurableLineWriter(appendingTo: path) } throws: { error in
            (error as? StoreError)?.path == path && (error as? StoreError)?.code == .io
        }
    }
}
