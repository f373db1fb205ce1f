import Foundation
import Testing
@testable import BilateralService

@Suite struct InboxWatcherTests {
    /// Collects events until `count` arrived or a timeout passed.
    func collect(_ stream: AsyncStream<InboxEvent>, count: Int) async -> [InboxEvent] {
        await withTaskGroup(of: [InboxEvent].self) { group in
            group.addTask {
                var events: [InboxEvent] = []
                for await event in stream {
                    events.append(event)
                    if events.count == count { break }
                }
                return events
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(5))
                return []
            }
            let first = await group.next() ?? []
            group.cancelAll()
            return first
        }
    }

    @Test func closeWriteAndRenameAreReported() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let stream = try InboxWatcher(folder: folder.url).events()
        try folder.write("a.xml", "<rss/>")
        try folder.write(".b.xml.part", "<rss/>")
        try FileManager.default.moveItem(at: folder.path(".b.xml.part"), to: folder.path("b.xml"))
        let events = await collect(stream, count: 3)
        #expect(events == [.changed("a.xml"), .changed(".b.xml.part"), .changed("b.xml")])
    }

    @Test func folderRemovalIsReported() async throws {
        let parent = try TemporaryFolder()
        defer { parent.remove() }
        let inbox = parent.path("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let stream = try InboxWatcher(folder: inbox).events()
        try FileManager.default.removeItem(at: inbox)
        #expect(await collect(stream, count: 1) == [.folderGone])
    }

    @Test func missingFolderThrows() {
        #expect(throws: ServiceError.self) { try InboxWatcher(folder: URL(fileURLWithPath: "/nonexistent/inbox")).events() }
    }

    @Test func parsesOverflowAndNames() {
        func record(mask: UInt32, name: String) -> [UInt8] {
            var bytes: [UInt8] = []
            let padded = name.isEmpty ? [] : Array(name.utf8) + [UInt8](repeating: 0, count: 16 - name.utf8.count % 16)
            for value in [UInt32(1), mask, 0, UInt32(padded.count)] {
                bytes += [UInt8(value & 0xff), UInt8(value >> 8 & 0xff), UInt8(value >> 16 & 0xff), UInt8(value >> 24)]
            }
            return bytes + padded
        }
        let bytes = record(mask: 0x4000, name: "") + record(mask: 0x8, name: "x.xml") + record(mask: 0x80, name: "y.rss")
            + record(mask: 0x100, name: "ignored-create.xml")
        #expect(InboxWatcher.parse(bytes[...]) == [.overflow, .changed("x.xml"), .changed("y.rss")])
    }
}
