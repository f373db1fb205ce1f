/// W3C-DTF and ISO 8601 dates: calendar (`2003-12-31`, `20031231`),
/// ordinal (`2003-365`, `2003365`), week (`2004-W01-1`, `2004W011`) and
/// the truncated two-digit-year forms of ISO 8601:2000 (`03-12-31`,
/// `031231`, `-03-12`, `-0312`, `03335`); then optionally `T` or spaces,
/// a time (`10:14:55.123`, `101455`, `9:15`) and a zone (`Z`, `+08:00`,
/// `-0800`, `+08`). A date without a zone is UTC.
///
/// Also read, as feedparser does: month names in the month field
/// (`2004-július-13`) and a three-digit zero-padded month before a day
/// (`2003-012-31`). A five-digit number is read as `YYDDD` only when it
/// starts with `0`; otherwise it is an over-long year and rejected.
enum ISO8601DateParser {
    static func parse(_ tokens: [DateToken]) -> CivilDateTime? {
        var c = DateCursor(tokens)
        guard var dt = date(&c) else { return nil }
        if c.atEnd { return dt }
        // A time needs a whole day before it (not `2003T10:00`, `2003-12T10:00`).
        guard dt.hasDay else { return nil }
        if c.at(word: "t") {
            c.index += 1
        } else if c.atSpace {
            c.skipSpaces()
        } else {
            return nil
        }
        guard time(&c, into: &dt) else { return nil }
        c.skipSpaces()
        if c.at(word: "z") {
            c.index += 1
        } else if let offset = c.numericOffset() {
            guard let offset else { return nil }
            dt.offsetMinutes = offset
        }
        c.skipSpaces()
        return c.atEnd ? dt : nil
    }

    private static func date(_ c: inout DateCursor) -> CivilDateTime? {
        if c.take("-") { return truncatedYearMonth(&c) }
        guard let digits = c.number(digits: 2...8) else { return nil }
        func value(_ range: Range<Int>) -> Int { Array(digits[range]).decimalValue }
        switch digits.count {
        case 4: return afterYear(&c, year: digits.decimalValue)
        case 8: return CivilDateTime(year: value(0..<4), month: value(4..<6), day: value(6..<8))
        case 7: return ordinal(year: value(0..<4), day: value(4..<7))
        case 6: return CivilDateTime(year: CivilDateTime.expandedYear(Array(digits[0..<2])), month: value(2..<4), day: value(4..<6))
        case 5 where digits[0] == 0: return ordinal(year: CivilDateTime.expandedYear(Array(digits[0..<2])), day: value(2..<5))
        // Two digits alone are a century in ISO 8601, not a date: `YY-` is required.
        case 2 where c.at(symbol: "-"): return afterYear(&c, year: CivilDateTime.expandedYear(digits))
        default: return nil
        }
    }

    /// `-YYMM` or `-YY-MM`.
    private static func truncatedYearMonth(_ c: inout DateCursor) -> CivilDateTime? {
        if let yymm = c.number(digits: 4...4) {
            return .reduced(year: CivilDateTime.expandedYear(Array(yymm[0..<2])), month: Array(yymm[2..<4]).decimalValue)
        }
        guard let yy = c.number(digits: 2...2), c.take("-"), let mm = c.number(digits: 2...2) else { return nil }
        return .reduced(year: CivilDateTime.expandedYear(yy), month: mm.decimalValue)
    }

    /// What may follow the year: `-MM[-DD]`, `-DDD`, `-0MM-DD`, `[-]Www[[-]D]`, `-monthname-D`.
    private static func afterYear(_ c: inout DateCursor, year: Int) -> CivilDateTime? {
        if c.at(word: "w") { return week(&c, year: year) }
        guard c.take("-") else { return .reduced(year: year) }
        if c.at(word: "w") { return week(&c, year: year) }
        if let month = c.number(digits: 2...2) { return monthDay(&c, year: year, month: month.decimalValue) }
        if let three = c.number(digits: 3...3) {
            if three[0] == 0, c.at(symbol: "-") { return monthDay(&c, year: year, month: three.decimalValue) }
            return ordinal(year: year, day: three.decimalValue)
        }
        if let word = c.word(), let month = DateNames.month(word) {
            guard c.take("-"), let day = c.number(digits: 1...2) else { return nil }
            return CivilDateTime(year: year, month: month, day: day.decimalValue)
        }
        return nil
    }

    private static func monthDay(_ c: inout DateCursor, year: Int, month: Int) -> CivilDateTime? {
        guard c.take("-") else { return .reduced(year: year, month: month) }
        guard let day = c.number(digits: 2...2) else { return nil }
        return CivilDateTime(year: year, month: month, day: day.decimalValue)
    }

    private static func ordinal(year: Int, day: Int) -> CivilDateTime? {
        guard let (month, day) = CivilDateTime.monthDay(ordinal: day, year: year) else { return nil }
        return CivilDateTime(year: year, month: month, day: day)
    }

    /// After the year, at `W`: `Www`, `Www-D`, `WwwD`.
    private static func week(_ c: inout DateCursor, year: Int) -> CivilDateTime? {
        c.index += 1
        var weekday = 1
        let week: Int
        if let ww = c.number(digits: 2...2) {
            week = ww.decimalValue
            if c.take("-") {
                guard let d = c.number(digits: 1...1) else { return nil }
                weekday = d.decimalValue
            }
        } else if let wwd = c.number(digits: 3...3) {
            week = Array(wwd[0..<2]).decimalValue
            weekday = Int(wwd[2])
        } else {
            return nil
        }
        guard let date = CivilDateTime.weekDate(year: year, week: week, weekday: weekday) else { return nil }
        return CivilDateTime(year: date.year, month: date.month, day: date.day)
    }

    /// `h:mm[:ss[.f]]`, `hh`, `hhmm`, `hhmmss[.f]`.
    private static func time(_ c: inout DateCursor, into dt: inout CivilDateTime) -> Bool {
        if case .symbol(":")? = c.peekSecond { return c.clockTime(into: &dt) }
        guard let digits = c.number(digits: 2...6) else { return false }
        let fields = stride(from: 0, to: digits.count, by: 2).map { Array(digits[$0..<min($0 + 2, digits.count)]) }
        guard digits.count % 2 == 0 else { return false }
        dt.hour = fields[0].decimalValue
        dt.minute = fields.count > 1 ? fields[1].decimalValue : 0
        dt.second = fields.count > 2 ? fields[2].decimalValue : 0
        return c.fraction(into: &dt)
    }
}
