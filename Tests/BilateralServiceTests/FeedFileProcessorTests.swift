import Foundation
import Glibc
import Logging
import Testing
@testable import BilateralService
@testable import BilateralStore

/// The per-file pipeline on a real store and the fictional test lexicon.
@Suite struct FeedFileProcessorTests {
    static let lexicon = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BilateralCLITests/DaemonFixtures/lexicon")

    /// A class, so the test holds one reference rather than copies of the large processor value.
    final class Fixture: Sendable {
        let folder: TemporaryFolder
        let processor: FeedFileProcessor
        let store: ItemStore

        init(largeFiles: LargeFilePolicy = LargeFilePolicy()) throws {
            let temporary = try TemporaryFolder()
            var c = DaemonConfiguration()
            c.watch.root = temporary.url.path
            c.watch.settleTime = .seconds(1)
            c.lexicons = .init(shipped: false, directories: [FeedFileProcessorTests.lexicon.path])
            let paths = c.paths()
            try FileManager.default.createDirectory(at: paths.inbox, withIntermediateDirectories: true)
            let logger = Logger(label: "test")
            let opened = try ItemStore.open(path: paths.database.path, logger: logger)
            var context = try DaemonRuntime.makeContext(c, logger: logger)
            context.largeFiles = largeFiles
            folder = temporary
            store = opened
            processor = FeedFileProcessor(context: context, store: opened, outputs: context.outputs(store: opened),
                                          gate: OutputGate())
        }

        /// - Parameter age: seconds since its modification time (negative: in the future).
        func write(_ name: String, _ text: String, age: TimeInterval = 0) throws {
            let url = folder.path("inbox/" + name)
            try Data(text.utf8).write(to: url)
            if age != 0 {
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: url.path)
            }
        }
    }

    static func feed(_ guids: [String]) -> String {
        "<rss version=\"2.0\"><channel><title>T</title>" + guids.map {
            "<item><guid>\($0)</guid><title>Gondor and Rohan trade \($0)</title><description>Trade talks.</description></item>"
        }.joined() + "</channel></rss>"
    }

    @Test func scannedFilesSettleAnnouncedFilesDoNot() async throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        try f.write("a.xml", Self.feed(["1", "2"]))
        guard case .unsettled(let wait) = await f.processor.process("a.xml", trigger: .scan) else {
            Issue.record("a fresh file found by a scan must wait")
            return
        }
        #expect(wait <= .seconds(1.1))
        #expect(await f.processor.process("a.xml", trigger: .event) == .ingested(items: 2, new: 2))
        #expect(try f.store.counts().items == 2)
        #expect(try f.store.fileState(path: "inbox/a.xml")?.status == .ok)
    }

    @Test func unchangedFilesAreNotReadAgainAndRewritesYieldOnlyNewItems() async throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        try f.write("a.xml", Self.feed(["1", "2"]), age: 60)
        #expect(await f.processor.process("a.xml", trigger: .scan) == .ingested(items: 2, new: 2))
        #expect(await f.processor.process("a.xml", trigger: .scan) == .unchanged)
        try f.write("a.xml", Self.feed(["1", "2"]), age: 30)  // same bytes, new mtime: the hash says unchanged
        #expect(await f.processor.process("a.xml", trigger: .scan) == .unchanged)
        #expect(try f.store.fileState(path: "inbox/a.xml")?.mtimeNanoseconds
                == FileFingerprint.of(f.folder.path("inbox/a.xml").path)?.mtimeNanoseconds)
        try f.write("a.xml", Self.feed(["1", "2", "3"]), age: 10)
        #expect(await f.processor.process("a.xml", trigger: .scan) == .ingested(items: 3, new: 1))
        try f.write("b.xml", Self.feed(["3", "4"]), age: 10)
        #expect(await f.processor.process("b.xml", trigger: .scan) == .ingested(items: 2, new: 1))
        #expect(try f.store.counts().items == 4)
        #expect(try f.store.files(ofItem: try #require(f.store.query(.init(text: "trade 3")).first?.id))
                == ["inbox/a.xml", "inbox/b.xml"])
    }

    @Test func brokenFilesWaitWhileRecentThenGoToFailed() async throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        try f.write("bad.xml", "this is not XML at all")
        guard case .unsettled = await f.processor.process("bad.xml", trigger: .event) else {
            Issue.record("a recent unreadable file may still be being written")
            return
        }
        try f.write("bad.xml", "this is not XML at all", age: 60)
        guard case .failed = await f.processor.process("bad.xml", trigger: .scan) else {
            Issue.record("an old unreadable file fails")
            return
        }
        #expect(FileManager.default.fileExists(atPath: f.folder.path("failed/bad.xml.error.json").path))
        #expect(try f.store.fileState(path: "inbox/bad.xml")?.status == .failed)
        #expect(await f.processor.process("bad.xml", trigger: .scan) == .unchanged)
    }

    @Test func truncatedRecentFilesAreRetriedNotHalfRead() async throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        let whole = Self.feed(["1", "2", "3"])
        try f.write("t.xml", String(whole.prefix(whole.count - 60)))
        guard case .unsettled = await f.processor.process("t.xml", trigger: .event) else {
            Issue.record("a truncated recent file must be retried")
            return
        }
        #expect(try f.store.counts().items == 0)
        try f.write("t.xml", whole)
        #expect(await f.processor.process("t.xml", trigger: .event) == .ingested(items: 3, new: 3))
    }

    /// A time in the future (clock skew, `curl -R`) made the file's age 0 until the clock caught
    /// up: unsettled at every scan, and the start-up scan waited for it. Now it settles once seen
    /// unchanged for the settle time (1 s here).
    @Test func aFileFromTheFutureSettlesOnceSeenUnchanged() async throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        try f.write("future.xml", Self.feed(["1"]), age: -600)
        guard case .unsettled(let wait) = await f.processor.process("future.xml", trigger: .scan) else {
            Issue.record("a file first seen now must still settle")
            return
        }
        #expect(wait <= .seconds(1.1))
        try await Task.sleep(for: wait)
        #expect(await f.processor.process("future.xml", trigger: .scan) == .ingested(items: 1, new: 1))
    }

    /// A broken feed whose copy cannot be put in `failed/` was retried forever with a raw
    /// "NSCocoaErrorDomain Code=513": now it is blocked, with the folder and the reason, and not
    /// recorded as failed (so that a rescan tries again once the folder is fixed).
    @Test func aBrokenFileWhoseCopyCannotBeWrittenIsBlockedNotRetriedForever() async throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        try f.write("bad.xml", "this is not XML at all", age: 60)
        try Data().write(to: f.folder.path("failed"))  // a file where the folder should be: not writable, even by root
        guard case .blocked(let reason) = await f.processor.process("bad.xml", trigger: .scan) else {
            Issue.record("a file that cannot be copied to failed/ is blocked")
            return
        }
        #expect(reason.contains(f.folder.path("failed").path), "\(reason)")
        #expect(!reason.contains("NSCocoaErrorDomain"), "\(reason)")
        #expect(try f.store.fileState(path: "inbox/bad.xml") == nil)
        try FileManager.default.removeItem(at: f.folder.path("failed"))
        guard case .failed = await f.processor.process("bad.xml", trigger: .scan) else {
            Issue.record("once failed/ can be written, the file goes there")
            return
        }
    }

    /// A file read while its writer paused inside an item: the reader gives that item without the
    /// field it was cut in, and the daemon stored it (without a guid: under another id than the
    /// complete one; with one: kept, and the complete item skipped). Now the cut item is left out
    /// while the file may still be completed (the items before it are stored), and taken as it is
    /// once the file has been unchanged for 60 s (a download that stopped).
    @Test func anItemCutByTheEndOfTheFileWaitsForItsRestUnlessTheFileIsOld() async throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        let whole = Self.feed(["1", "2"])
        let end = try #require(whole.range(of: "<title>Gondor and Rohan tr", options: .backwards)).upperBound
        let cut = String(whole[..<end])
        try f.write("c.xml", cut, age: 10)   // more than 3 settle times: not waited for as "recent"
        guard case .unsettled = await f.processor.process("c.xml", trigger: .scan) else {
            Issue.record("a file ending inside an item is read again")
            return
        }
        #expect(try f.store.counts().items == 1)
        #expect(try f.store.fileState(path: "inbox/c.xml")?.status == .pending)
        try f.write("c.xml", whole, age: 5)
        #expect(await f.processor.process("c.xml", trigger: .scan) == .ingested(items: 2, new: 1))
        #expect(try f.store.query(.init(text: "trade 2")).count == 1, "the complete item 2 is stored")

        try f.write("d.xml", cut.replacingOccurrences(of: ">1<", with: ">3<").replacingOccurrences(of: ">2<", with: ">4<"),
                    age: 120)
        #expect(await f.processor.process("d.xml", trigger: .scan) == .ingested(items: 2, new: 2))
        #expect(try f.store.fileState(path: "inbox/d.xml")?.status == .recovered)
    }

    /// A rewrite with the same size and its time preserved (`curl -R`, `wget -N`) was never read
    /// again, even after its close-write event: size and time said unchanged whatever the trigger.
    /// After an event the content hash decides; a scan still trusts size and time.
    @Test func aSameSizeRewriteWithItsTimeKeptIsReadAfterAnEvent() async throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        try f.write("r.xml", Self.feed(["1"]), age: 60)
        #expect(await f.processor.process("r.xml", trigger: .scan) == .ingested(items: 1, new: 1))
        let mtime = try #require(FileManager.default.attributesOfItem(atPath: f.folder.path("inbox/r.xml").path)[.modificationDate])
        try f.write("r.xml", Self.feed(["2"]))
        try FileManager.default.setAttributes([.modificationDate: mtime], ofItemAtPath: f.folder.path("inbox/r.xml").path)
        #expect(await f.processor.process("r.xml", trigger: .scan) == .unchanged)
        #expect(await f.processor.process("r.xml", trigger: .event) == .ingested(items: 1, new: 1))
        #expect(await f.processor.process("r.xml", trigger: .event) == .unchanged)
        #expect(try f.store.counts().items == 2)
    }

    @Test func vanishedFiles() async throws {
        let f = try Fixture()
        defer { f.folder.remove() }
        #expect(await f.processor.process("gone.xml", trigger: .event) == .vanished)
    }
}
