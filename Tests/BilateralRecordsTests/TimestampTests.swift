@testable import BilateralFeeds
import Foundation
import Testing
@testable import BilateralRecords

@Suite struct TimestampTests {
    @Test func utcTimestampsAcrossEpochAndLeapDays() {
        #expect(JSONWriter.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(JSONWriter.iso8601(Date(timeIntervalSince1970: 1_382_428_800)) == "2013-10-22T08:00:00Z")
        #expect(JSONWriter.iso8601(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(JSONWriter.iso8601(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(JSONWriter.iso8601(Date(timeIntervalSince1970: 1.9)) == "1970-01-01T00:00:01Z")
    }

    /// Years outside 0-9999 keep the form they always had: `String(year)`
    /// left-padded with zeros to four characters, sign included.
    @Test func yearsOutsideFourDigits() {
        #expect(JSONWriter.iso8601(Date(timeIntervalSince1970: 253_402_300_800)) == "10000-01-01T00:00:00Z")
        #expect(JSONWriter.iso8601(Date(timeIntervalSince1970: -62_167_219_200)) == "0000-01-01T00:00:00Z")
        #expect(JSONWriter.iso8601(Date(timeIntervalSince1970: -62_167_219_201)) == "00-1-12-31T23:59:59Z")
    }

    /// The written bytes against the previous interpolated form, for random instants.
    @Test func bytesMatchTheInterpolatedForm() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<5_000 {
            let seconds = Double(Int64.random(in: -80_000_000_000...300_000_000_000, using: &random))
                + Double.random(in: 0..<1, using: &random)
            let date = Date(timeIntervalSince1970: seconds)
            #expect(UTCTimestamp.string(date) == Self.interpolated(date))
            var w = JSONWriter(pretty: false)
            w.timestamp(date)
            #expect(w.output == "\"" + Self.interpolated(date) + "\"")
        }
    }

    /// The timestamp as it was built before it was written as bytes.
    static func interpolated(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (y, m, d) = CivilDateTime.civil(fromEpochDays: days)
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(time / 3600, 2)):\(pad(time / 60 % 60, 2)):\(pad(time % 60, 2))Z"
    }
}
