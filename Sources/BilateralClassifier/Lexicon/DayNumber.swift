import Foundation

/// Days since 1970-01-01 (UTC), the unit of alias date ranges.
enum DayNumber {
    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `end` picks the last day of
    /// a month or year instead of the first.
    static func parse(_ text: String, end: Bool) -> Int32? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : (end ? 12 : 1)
        guard let month, (1...12).contains(month) else { return nil }
        let lastDay = daysIn(month: month, year: year)
        let day = parts.count > 2 ? Int(parts[2]) : (end ? lastDay : 1)
        guard let day, (1...lastDay).contains(day) else { return nil }
        return Int32(days(year: year, month: month, day: day))
    }

    /// The day of `date` (UTC).
    static func of(_ date: Date) -> Int32 {
        Int32((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// Howard Hinnant's days-from-civil.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
