import Foundation
import Glibc
import Testing
@testable import BilateralService

@Suite struct InboxFileReaderTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-reader-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    @Test func readsARegularFileWhole() throws {
        let path = folder.appendingPathComponent("a.xml").path
        let bytes = Data((0..<600_000).map { UInt8(truncatingIfNeeded: $0) })
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(InboxFileReader.read(path, followSymlinks: false) == .success(bytes))
    }

    @Test func refusesLinksUnlessAllowedAndNeverBlocksOnAFIFO() throws {
        let target = folder.appendingPathComponent("target.xml").path
        try Data("<rss/>".utf8).write(to: URL(fileURLWithPath: target))
        let link = folder.appendingPathComponent("link.xml").path
        #expect(symlink(target, link) == 0)
        #expect(InboxFileReader.read(link, followSymlinks: false) == .failure(.notRegular))
        #expect(InboxFileReader.read(link, followSymlinks: true) == .success(Data("<rss/>".utf8)))
        let fifo = folder.appendingPathComponent("fifo.xml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(InboxFileReader.read(fifo, followSymlinks: false) == .failure(.notRegular))
        #expect(InboxFileReader.read(folder.path, followSymlinks: false) == .failure(.notRegular))
        #expect(InboxFileReader.read(folder.appendingPathComponent("gone.xml").path, followSymlinks: false) == .failure(.vanished))
    }
}
