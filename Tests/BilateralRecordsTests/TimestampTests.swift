import BilateralFeeds
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
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(time / 3600, 2)):\(pad(time / 60 % 60, 2)):\(pad(time % 60, 2))Z"
    }
}
