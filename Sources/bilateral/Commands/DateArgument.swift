import ArgumentParser
import Foundation

/// A date given on the command line (`query --since/--until`): `YYYY-MM-DD` (midnight UTC) or
/// ISO 8601 (`2024-01-31T12:00:00Z`, `2024-01-31T12:00:00+02:00`). Foundation's parser rolls an
/// impossible date over (2024-02-30 read as March 1st, 25:00 as 01:00 the next day); here its
/// fields are checked first, so that a typo is an error instead of another date.
enum DateArgument {
    /// - Throws: `ValidationError` naming the option, the text and what is wrong with it.
    static func parse(_ text: String, option: String) throws -> Date {
        if let problem = impossibleField(text) {
            throw ValidationError("\(option): '\(text)' is not a date: \(problem)")
        }
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: text) { return date }
        iso.formatOptions = [.withFullDate]
        if let date = iso.date(from: text) { return date }
        throw ValidationError("\(option): '\(text)' is not a date (YYYY-MM-DD or 2024-01-31T12:00:00Z)")
    }

    /// What is out of range in `text`'s date, time or offset, if it has that shape at all.
    static func impossibleField(_ text: String) -> String? {
        let shape = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:[Zz]|[+-](\d{2}):?(\d{2}))?)?$/
        guard let match = text.wholeMatch(of: shape) else { return nil }
        let year = Int(match.1)!, month = Int(match.2)!, day = Int(match.3)!
        guard (1...12).contains(month) else { return "there is no month \(match.2) (01-12)" }
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else { return "\(monthNames[month - 1]) \(year) has \(days) days" }
        if let hour = match.4, Int(hour)! > 23 { return "the hour is \(hour) (00-23)" }
        if let minute = match.5, Int(minute)! > 59 { return "the minute is \(minute) (00-59)" }
        if let second = match.6, Int(second)! > 59 { return "the second is \(second) (00-59)" }
        if let hours = match.7, Int(hours)! > 23 { return "the offset's hours are \(hours) (00-23)" }
        if let minutes = match.8, Int(minutes)! > 59 { return "the offset's minutes are \(minutes) (00-59)" }
        return nil
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
