import Foundation
import Testing
@testable import BilateralService

/// The benchmarks' readings of /proc: fields in /proc/self/status are separated
/// from their name by a tab, those of /proc/self/io by a space.
@Suite struct ProcessMeterTests {
    @Test func readsResidentMemoryAndBytesWritten() throws {
        let resident = try #require(ProcessMeter.residentBytes())
        let peak = try #require(ProcessMeter.peakResidentBytes())
        #expect(resident > 1 << 20 && peak >= resident, "resident \(resident), peak \(peak)")
        let before = try #require(ProcessMeter.writtenBytes())
        let folder = try TemporaryFolder("bilateral-meter")
        defer { folder.remove() }
        try Data(count: 100_000).write(to: folder.path("written"))
        let after = try #require(ProcessMeter.writtenBytes())
        #expect(after - before >= 100_000)
    }
}
