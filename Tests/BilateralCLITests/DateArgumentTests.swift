@testable import bilateral
import ArgumentParser
import Foundation
import Testing

/// `query --since/--until`: an impossible date is an error saying what is wrong, not another
/// date (Foundation's parser read 2024-02-30 as March 1st and 25:00 as 01:00 the next day).
@Suite struct DateArgumentTests {
    static func message(_ text: String) -> String? {
        do {
            _ = try DateArgument.parse(text, option: "--since")
            return nil
        } catch let error as ValidationError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test("impossible dates, times and offsets are rejected", arguments: [
        ("2024-02-30", "February 2024 has 29 days"), ("2023-02-29", "February 2023 has 28 days"),
        ("2024-04-31", "April 2024 has 30 days"), ("2024-13-45", "there is no month 13"),
        ("2024-00-10", "there is no month 00"), ("2024-01-00", "January 2024 has 31 days"),
        ("2024-01-05T25:00:00Z", "the hour is 25"), ("2024-01-05T10:60:00Z", "the minute is 60"),
        ("2024-01-05T10:00:61Z", "the second is 61"), ("2024-01-05T10:00:00+24:00", "the offset's hours are 24"),
    ])
    func impossible(_ text: String, _ problem: String) throws {
        let message = try #require(Self.message(text))
        #expect(message.hasPrefix("--since: '\(text)' is not a date: \(problem)"), "\(message)")
    }

    @Test func possibleDatesParse() throws {
        #expect(try DateArgument.parse("2024-02-29", option: "--since") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(try DateArgument.parse("2024-01-05T23:59:59Z", option: "--since") == Date(timeIntervalSince1970: 1_704_499_199))
        #expect(try DateArgument.parse("2024-01-05T12:00:00+02:00", option: "--since") == Date(timeIntervalSince1970: 1_704_448_800))
        #expect(Self.message("yesterday")?.contains("is not a date (YYYY-MM-DD or 2024-01-31T12:00:00Z)") == true)
    }

    @Test func aNegativeLimitIsSaidToBeNegative() throws {
        let error = try #require(throws: (any Error).self) { try Bilateral.parse(["query", "--limit", "-1"]) }
        let message = QueryCommand.message(for: error)
        #expect(message.contains("--limit must be 0 or more (0: no limit), not -1"), "\(message)")
        #expect(throws: (any Error).self) { try Bilateral.parse(["query", "--since", "2024-02-30"]) }
        #expect(try Bilateral.parse(["query", "--limit", "0", "--since", "2024-02-29"]) is QueryCommand)
    }
}
