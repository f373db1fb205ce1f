import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

/// Not a timed test: a throughput check run by hand in release, printing
/// rows per second:
///     BILATERAL_STORE_BENCH=1 swift test -c release --filter StoreThroughputCheck
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["BILATERAL_STORE_BENCH"] != nil))
struct StoreThroughputCheck {
    static func records(_ count: Int, prefix: String) -> [ItemRecord] {
        let body = String(repeating: "Russia and China signed a thirty-year gas supply agreement worth billions. ", count: 20)
        return (0..<count).map { i in
            StoreFixture.record("\(prefix)-\(i)", countries: ["CN", "RU", "US"], topics: ["energy", "trade"],
                                dyads: ["CN-RU": ["energy", "trade"], "CN-US": ["trade"]], text: "\(i) " + body)
        }
    }

    @Test(arguments: [1, 50, 1000])
    func ingestAndExport(recordsPerFile: Int) throws {
        let fx = try StoreFixture()
        defer { fx.cleanUp() }
        let store = try fx.open()
        let total = recordsPerFile == 1 ? 2000 : 20000
        let all = Self.records(total, prefix: "r")
        let bytes = all.reduce(0) { $0 + $1.jsonLine().utf8.count } / total
        let clock = ThreadCPUClock()
        let wallStart = ContinuousClock.now
        let ingest = try clock.measure {
            for (n, start) in stride(from: 0, to: total, by: recordsPerFile).enumerated() {
                let batch = Array(all[start..<min(total, start + recordsPerFile)])
                _ = try store.ingest(file: StoreFixture.file("inbox/f\(n).xml", items: batch.count), records: batch)
            }
        }
        let ingestWall = ContinuousClock.now - wallStart
        let export = try clock.measure { try fx.exporter(store).export() }
        let atom = try clock.measure { try AtomFeedWriter(store: store, directory: fx.outFolder + "/feeds", logger: fx.logger).update() }
        let encode = clock.measure { for r in all { _ = r.jsonLine() } }
        let seconds = { (d: Duration) in Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        print("""
            store throughput: \(total) records of ~\(bytes) B, \(recordsPerFile) per file (one transaction each): \
            ingest \(Int(Double(total) / seconds(ingest))) rows/s (wall: \(Int(Double(total) / seconds(ingestWall)))), export \(Int(Double(total) / seconds(export))) rows/s, \
            atom update \(Int(seconds(atom) * 1000)) ms (CPU time of this thread; \
            of which JSON encoding alone \(Int(Double(total) / seconds(encode))) rows/s)
            """)
        #expect(try store.counts().items == total)
    }
}

/// Measures the CPU time of the calling thread (the machine is shared, so
/// wall time says more about the neighbours than about the store; fsync waits
/// are not counted).
struct ThreadCPUClock {
    func now() -> Duration {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
    }

    func measure(_ body: () throws -> Void) rethrows -> Duration {
        let start = now()
        try body()
        return now() - start
    }
}
