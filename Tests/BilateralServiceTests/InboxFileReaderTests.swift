import Foundation
import Glibc
import Testing
import BilateralRecords
@testable import BilateralService

@Suite struct InboxFileReaderTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-reader-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// `path` read whole the way the pipeline does: opened under the inbox rules, then read through the descriptor.
    static func read(_ path: String, followSymlinks: Bool) -> Result<Data, InboxFileReader.Failure> {
        InboxFileReader.open(path, followSymlinks: followSymlinks).flatMap { fd in
            defer { close(fd) }
            return InboxFileReader.readAll(fd, sizeHint: 600_000)
        }
    }

    @Test func readsARegularFileWhole() throws {
        let path = folder.appendingPathComponent("a.xml").path
        let bytes = Data((0..<600_000).map { UInt8(truncatingIfNeeded: $0) })
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(Self.read(path, followSymlinks: false) == .success(bytes))
    }

    @Test func readsPastAStaleSizeAndHashesInChunks() throws {
        let path = folder.appendingPathComponent("grown.xml").path
        let bytes = Data((0..<700_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        try bytes.write(to: URL(fileURLWithPath: path))
        let fd = try #require(try? InboxFileReader.open(path, followSymlinks: false).get())
        defer { close(fd) }
        #expect(InboxFileReader.readAll(fd, sizeHint: 0) == .success(bytes))  // the buffer doubles from 1 byte
        #expect(InboxFileReader.sha256Hex(of: fd) == .success(SHA256.hex(bytes)))
        #expect(InboxFileReader.readAll(fd, sizeHint: 10) == .success(Data()))  // read to the end already
        // Another API reaches the same file through the descriptor, whatever happens to its name.
        try FileManager.default.removeItem(atPath: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: InboxFileReader.path(of: fd))) == bytes)
    }

    @Test func refusesLinksUnlessAllowedAndNeverBlocksOnAFIFO() throws {
        let target = folder.appendingPathComponent("target.xml").path
        try Data("<rss/>".utf8).write(to: URL(fileURLWithPath: target))
        let link = folder.appendingPathComponent("link.xml").path
        #expect(symlink(target, link) == 0)
        #expect(Self.read(link, followSymlinks: false) == .failure(.notRegular))
        #expect(Self.read(link, followSymlinks: true) == .success(Data("<rss/>".utf8)))
        let fifo = folder.appendingPathComponent("fifo.xml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(Self.read(fifo, followSymlinks: false) == .failure(.notRegular))
        #expect(Self.read(folder.path, followSymlinks: false) == .failure(.notRegular))
        #expect(Self.read(folder.appendingPathComponent("gone.xml").path, followSymlinks: false) == .failure(.vanished))
    }
}
