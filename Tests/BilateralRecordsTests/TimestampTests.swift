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
}
