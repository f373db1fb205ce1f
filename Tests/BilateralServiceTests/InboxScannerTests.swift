import Foundation
import Testing
@testable import BilateralService
#if canImport(Glibc)
import Glibc
#endif

@Suite struct InboxScannerTests {
    /// A file whose name is not UTF-8 is not listed by `scan()` (it cannot be read) but is
    /// named, escaped, in `list()`'s `undecodable`; ignored names stay ignored.
    @Test func namesThatAreNotUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("good.xml", "<rss/>")
        for bytes: [UInt8] in [Array("bad".utf8) + [0xFF, 0xFE] + Array("name.xml".utf8),
                               Array(".hidden".utf8) + [0xFF],
                               Array("back\\slash".utf8) + [0xC3] + Array(".rss".utf8)] {
            let path = folder.url.path.utf8 + [UInt8(ascii: "/")] + bytes + [0]
            let fd = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
            try #require(fd >= 0)
            close(fd)
        }
        let scanner = InboxScanner(inbox: folder.url, filter: InboxFileFilter(ignore: [".*"]), followSymlinks: false)
        let listing = try scanner.list()
        #expect(listing.files == ["good.xml"])
        #expect(listing.undecodable == ["back\\\\slash\\xC3.rss", "bad\\xFF\\xFEname.xml"])
        #expect(try scanner.scan() == listing.files)
    }

    /// Links that pass the filter are named when links are not followed, and only then.
    @Test func linksNotFollowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = try folder.write("target.txt", "<rss/>")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("link.xml").path,
                                                   withDestinationPath: target.path)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent(".hidden.xml").path,
                                                   withDestinationPath: target.path)
        let filter = InboxFileFilter(ignore: [".*"])
        let unfollowed = InboxScanner(inbox: folder.url, filter: filter, followSymlinks: false)
        #expect(try unfollowed.list() == InboxScanner.Listing(files: [], undecodable: [], unfollowedLinks: ["link.xml"]))
        let followed = InboxScanner(inbox: folder.url, filter: filter, followSymlinks: true)
        #expect(try followed.list() == InboxScanner.Listing(files: ["link.xml"], undecodable: [], unfollowedLinks: []))
    }
}
