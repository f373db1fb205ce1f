import Foundation

/// A calendar date and time of day at a zone offset, in the proleptic
/// Gregorian calendar, turned into a `Date` with integer arithmetic.
struct CivilDateTime {
    var year: Int
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    /// Fraction of a second, 0 ≤ fraction < 1.
    var fraction = 0.0
    /// Minutes east of UTC.
    var offsetMinutes = 0
    /// False for a year or a year and month alone, which take no time of day.
    var hasDay = true

    /// The first day of a year or of a month: a date given to a precision coarser than a day.
    static func reduced(year: Int, month: Int = 1) -> CivilDateTime {
        CivilDateTime(year: year, month: month, hasDay: false)
    }

    /// The instant, or nil when a field is out of range (month 13, 31 April,
    /// 29 February of a common year, hour 24, minute 60, second 61, year 0).
    var date: Date? {
        guard year >= 1, year <= 9999, (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let days = Self.daysFromEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the given date (Howard Hinnant's `days_from_civil`).
    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The month and day of day `ordinal` (1-based) of `year`, or nil past its end.
    static func monthDay(ordinal: Int, year: Int) -> (month: Int, day: Int)? {
        guard ordinal >= 1, ordinal <= (isLeap(year) ? 366 : 365) else { return nil }
        var remaining = ordinal
        for month in 1...12 {
            let length = daysIn(month: month, year: year)
            if remaining <= length { return (month, remaining) }
            remaining -= length
        }
        return nil
    }

    /// The date of ISO week `week`, weekday `weekday` (1 = Monday) of ISO year `year`.
    static func weekDate(year: Int, week: Int, weekday: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1...7).contains(weekday), (1...53).contains(week) else { return nil }
        let january4 = daysFromEpoch(year: year, month: 1, day: 4)
        let mondayOfWeek1 = january4 - ((january4 + 3) % 7 + 7) % 7
        if week == 53 {
            let nextWeek1 = daysFromEpoch(year: year + 1, month: 1, day: 4)
            guard mondayOfWeek1 + 52 * 7 <= nextWeek1 - ((nextWeek1 + 3) % 7 + 7) % 7 - 7 else { return nil }
        }
        return civil(fromEpochDays: mondayOfWeek1 + (week - 1) * 7 + weekday - 1)
    }

    /// The calendar date of a day count from 1970-01-01 (`civil_from_days`).
    static func civil(fromEpochDays z: Int) -> (year: Int, month: Int, day: Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// A two-digit year as RFC 2822 reads it: below 50 is 20xx, else 19xx;
    /// three digits add 1900.
    static func expandedYear(_ digits: [UInt8]) -> Int {
        let value = digits.decimalValue
        switch digits.count {
        case 2: return value < 50 ? 2000 + value : 1900 + value
        case 3: return 1900 + value
        default: return value
        }
    }
}
