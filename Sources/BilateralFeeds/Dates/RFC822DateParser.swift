/// RFC 822 / RFC 2822 dates and the ways feeds get them wrong, plus asctime.
///
/// Read: `[weekday[,]] day month year [time [zone]]` where the weekday may be
/// any word (misspelt, Greek, missing), commas may be missing or extra,
/// `30Mar` needs no space, the month is a name (`DateNames.month`), the year
/// has 2 digits (RFC 2822: below 50 is 20xx), 3 (+1900) or 4; the order
/// `month day year` (`Thu Aug 30 2012 17:26:16 +0200`); asctime
/// (`Sun Jan  4 16:29:06 [zone] 2004`); Perforce's `2006/09/15`. The time has
/// one- or two-digit fields, optional seconds and an optional `AM`/`PM`.
/// The zone is `±hhmm` or `±hh:mm` (optionally followed by the name of the
/// same offset: `-0500 EST`), a name (`DateNames.zoneOffset`, also
/// `Etc/GMT`) optionally followed by an offset (`GMT-01:01`), or absent
/// (UTC). A trailing parenthesised comment is ignored. An unknown zone name
/// or a name contradicting the offset fails.
enum RFC822DateParser {
    static func parse(_ tokens: [DateToken]) -> CivilDateTime? {
        var c = DateCursor(tokens)
        c.skipSeparators()
        if case .word(let word)? = c.peek, DateNames.month(word) == nil {
            c.index += 1
            _ = c.take(".")
            c.skipSeparators()
        }
        guard let (parsed, yearAfterTime) = date(&c) else { return nil }
        var dt = parsed
        c.skipSeparators()
        if case .word(let word)? = c.peek, DateNames.isWeekday(word) {
            c.index += 1
            c.skipSeparators()
        }
        if yearAfterTime {
            guard c.clockTime(into: &dt), zone(&c, into: &dt) else { return nil }
            c.skipSpaces()
            guard let year = c.number(digits: 4...4) else { return nil }
            dt.year = year.decimalValue
        } else if case .number? = c.peek {
            guard c.clockTime(into: &dt), meridiem(&c, into: &dt), zone(&c, into: &dt) else { return nil }
        } else if !c.atEnd {
            guard zone(&c, into: &dt) else { return nil }
        }
        skipComment(&c)
        return c.atEnd ? dt : nil
    }

    /// The date part, and whether its year comes after the time (asctime:
    /// `Sun Jan  4 16:29:06 2004`; the year is then left for the caller).
    private static func date(_ c: inout DateCursor) -> (CivilDateTime, yearAfterTime: Bool)? {
        if let day = c.number(digits: 1...2) {
            skipDateSeparators(&c)
            guard let word = c.word(), let month = DateNames.month(word) else { return nil }
            skipDateSeparators(&c)
            guard let year = c.number(digits: 2...4) else { return nil }
            return (CivilDateTime(year: CivilDateTime.expandedYear(year), month: month, day: day.decimalValue), false)
        }
        if let year = c.number(digits: 4...4) {
            guard c.take("/"), let month = c.number(digits: 1...2), c.take("/"),
                  let day = c.number(digits: 1...2) else { return nil }
            return (CivilDateTime(year: year.decimalValue, month: month.decimalValue, day: day.decimalValue), false)
        }
        guard let word = c.word(), let month = DateNames.month(word) else { return nil }
        c.skipSeparators()
        guard let day = c.number(digits: 1...2) else { return nil }
        c.skipSeparators()
        if case .symbol(":")? = c.peekSecond {
            return (CivilDateTime(year: 0, month: month, day: day.decimalValue), true)
        }
        guard let year = c.number(digits: 2...4) else { return nil }
        return (CivilDateTime(year: CivilDateTime.expandedYear(year), month: month, day: day.decimalValue), false)
    }

    /// Between day, month and year: spaces, `-`, `.` (`déc.`), `,`.
    private static func skipDateSeparators(_ c: inout DateCursor) {
        while c.takeSpace() || c.take("-") || c.take(".") || c.take(",") {}
    }

    /// An optional zone after the time. False when one is present but unreadable.
    private static func zone(_ c: inout DateCursor, into dt: inout CivilDateTime) -> Bool {
        c.skipSpaces()
        if let offset = c.numericOffset() {
            guard let offset else { return false }
            dt.offsetMinutes = offset
            return agreeingName(&c, offset: offset)
        }
        guard case .word(var name)? = c.peek else { return true }
        c.index += 1
        if name == "etc" {
            guard c.take("/"), let zone = c.word() else { return false }
            name = zone
        }
        guard let base = DateNames.zoneOffset(name) else { return false }
        dt.offsetMinutes = base
        if let offset = c.numericOffset() {
            guard let offset else { return false }
            dt.offsetMinutes += offset
        }
        return true
    }

    /// A zone name after a numeric offset (`-0500 EST`, `+0000 GMT`): allowed
    /// when it names the same offset, a contradiction otherwise.
    private static func agreeingName(_ c: inout DateCursor, offset: Int) -> Bool {
        let start = c.index
        c.skipSpaces()
        guard case .word(let name)? = c.peek else {
            c.index = start
            return true
        }
        c.index += 1
        return DateNames.zoneOffset(name) == offset
    }

    /// `AM` or `PM` after a 12-hour time.
    private static func meridiem(_ c: inout DateCursor, into dt: inout CivilDateTime) -> Bool {
        let start = c.index
        c.skipSpaces()
        guard case .word(let word)? = c.peek, word == "am" || word == "pm" else {
            c.index = start
            return true
        }
        c.index += 1
        guard (1...12).contains(dt.hour) else { return false }
        dt.hour = dt.hour % 12 + (word == "pm" ? 12 : 0)
        return true
    }

    /// A trailing `(comment)`, such as `(PST)` after `-0800`.
    private static func skipComment(_ c: inout DateCursor) {
        c.skipSpaces()
        guard c.at(symbol: "("), let close = c.tokens[c.index...].firstIndex(where: { $0.isSymbol(")") }) else { return }
        c.index = close + 1
        c.skipSpaces()
    }
}
