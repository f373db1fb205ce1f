import Foundation
import Testing
@testable import BilateralFeeds

/// The fixed-format fast path of `DateParser` must read exactly what the token parsers read.
@Suite("fixed-format dates")
struct FixedFormatDateTests {
    @Test("common RFC 822 and W3C-DTF forms are read by the fast path")
    func fastPathReads() {
        let expected = Date(timeIntervalSince1970: 1_718_095_826)   // 2024-06-11T08:50:26Z
        #expect(FixedFormatDate.parse("Tue, 11 Jun 2024 10:50:26 +0200") == expected)
        #expect(FixedFormatDate.parse("Tue, 11 Jun 2024 08:50:26 GMT") == expected)
        #expect(FixedFormatDate.parse("2024-06-11T08:50:26Z") == expected)
        #expect(FixedFormatDate.parse("2024-06-11T05:20:26-03:30") == expected)
        #expect(FixedFormatDate.parse(" 2024-06-11T08:50:26Z") == nil)   // left to the token parsers
    }

    @Test("the fast path agrees with the token parsers on generated dates, valid or not")
    func agreesWithTokenParsers() {
        var generator = SplitMix64(seed: 42)
        let weekdays = ["Mon", "Tue", "WED", "thu", "Fri", "Sat", "Sun", "Xyz", "Jan", "Mo."]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                      "JUN", "sep", "Foo", "Maz"]
        let zones = ["+0000", "-0500", "+0530", "+2359", "+2400", "-0160", "GMT", "UTC", "EST", "ZZZ", "+05:3"]
        for _ in 0..<20_000 {
            let day = two(generator.next(upTo: 35))
            let year = String(format: "%04d", 1 + generator.next(upTo: 2100))
            let time = "\(two(generator.next(upTo: 26))):\(two(generator.next(upTo: 62))):\(two(generator.next(upTo: 62)))"
            let rfc = "\(pick(weekdays, &generator)), \(day) \(pick(months, &generator)) \(year) \(time) \(pick(zones, &generator))"
            #expect(DateParser.parse(rfc) == DateParser.parseTokens(rfc), "\(rfc)")
            let offset = ["Z", "+00:00", "-05:00", "+05:30", "+23:59", "+24:00", "-01:60", "+0530", "z"]
            let w3c = "\(year)-\(two(generator.next(upTo: 14)))-\(day)T\(time)\(pick(offset, &generator))"
            #expect(DateParser.parse(w3c) == DateParser.parseTokens(w3c), "\(w3c)")
        }
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private func pick(_ list: [String], _ generator: inout SplitMix64) -> String {
        list[generator.next(upTo: list.count)]
    }
}
