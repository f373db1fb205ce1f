import Foundation
import Testing
@testable import BilateralFeeds

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One date case: the input string and the expected UTC instant as
/// `YYYY-MM-DDTHH:MM:SSZ` (nil: must be rejected). Same shape as the
/// conformance file `dates.jsonl`.
struct DateCase: Decodable, CustomTestStringConvertible, Sendable {
    let input: String
    let expect_utc: String?
    let comment: String?

    var testDescription: String { "\"\(input)\"" }

    static func load(_ url: URL) throws -> [DateCase] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            try JSONDecoder().decode(DateCase.self, from: Data($0.utf8))
        }
    }

    /// The parsed instant as `YYYY-MM-DDTHH:MM:SSZ` through the C library's
    /// `gmtime_r` (proleptic Gregorian, independent of our arithmetic).
    static func utcString(_ date: Date?) -> String? {
        guard let date else { return nil }
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard gmtime_r(&t, &parts) != nil else { return "gmtime failed" }
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}

enum SharedFolder {
    /// `../shared` beside the package root, found from this file's path.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static let datesFile = url.appendingPathComponent("conformance/feedparser/dates.jsonl")

    static func available(_ file: URL) -> Bool {
        let present = FileManager.default.fileExists(atPath: file.path)
        if !present { print("skipped: ../shared not found (\(file.path))") }
        return present
    }
}

@Suite struct DateParserTests {
    static let ownCases = (try? DateCase.load(
        Bundle.module.url(forResource: "cases", withExtension: "jsonl", subdirectory: "Fixtures/dates")!)) ?? []

    @Test func ownCasesFixtureLoads() {
        #expect(Self.ownCases.count > 50)
    }

    @Test(arguments: ownCases)
    func ownCase(_ c: DateCase) {
        #expect(DateCase.utcString(DateParser.parse(c.input)) == c.expect_utc, "\(c.comment ?? "")")
    }

    @Test(.enabled(if: SharedFolder.available(SharedFolder.datesFile)))
    func allFeedparserConformanceCases() throws {
        let cases = try DateCase.load(SharedFolder.datesFile)
        #expect(cases.count == 72)
        var passed = 0
        for c in cases {
            let got = DateCase.utcString(DateParser.parse(c.input))
            #expect(got == c.expect_utc, "input \"\(c.input)\" (\(c.comment ?? ""))")
            if got == c.expect_utc { passed += 1 }
        }
        print("feedparser dates: \(passed)/\(cases.count)")
        #expect(passed == cases.count)
    }

    @Test func fractionalSecondsAreKept() throws {
        let date = try #require(DateParser.parse("2003-12-31T10:14:55.25Z"))
        #expect(date.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) == 0.25)
    }

    @Test func epochArithmeticMatchesKnownInstants() {
        #expect(DateParser.parse("1970-01-01T00:00:00Z")?.timeIntervalSince1970 == 0)
        #expect(DateParser.parse("2000-03-01T00:00:00Z")?.timeIntervalSince1970 == 951_868_800)
        #expect(DateParser.parse("1969-12-31T23:59:59Z")?.timeIntervalSince1970 == -1)
    }
}
