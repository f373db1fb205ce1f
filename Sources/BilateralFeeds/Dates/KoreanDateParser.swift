/// The two Korean blog forms feedparser reads, both in Korea Standard Time
/// (UTC+9): Nate's `2004-05-25 오후 11:23:17` (오전 = a.m., 오후 = p.m.) and
/// OnBlog's `2004년 05월 28일  01:31:15`.
enum KoreanDateParser {
    private static let koreaOffsetMinutes = 540

    static func parse(_ tokens: [DateToken]) -> CivilDateTime? {
        var c = DateCursor(tokens)
        guard let year = c.number(digits: 4...4) else { return nil }
        var dt: CivilDateTime
        var meridiem: String?
        if c.at(word: "년") {
            c.index += 1
            guard let month = field(&c, unit: "월"), let day = field(&c, unit: "일") else { return nil }
            dt = CivilDateTime(year: year.decimalValue, month: month, day: day)
        } else {
            guard c.take("-"), let month = c.number(digits: 2...2), c.take("-"),
                  let day = c.number(digits: 2...2) else { return nil }
            dt = CivilDateTime(year: year.decimalValue, month: month.decimalValue, day: day.decimalValue)
            c.skipSpaces()
            meridiem = c.word()
            guard meridiem == "오전" || meridiem == "오후" else { return nil }
        }
        c.skipSpaces()
        guard c.clockTime(into: &dt), c.atEnd || c.atSpace else { return nil }
        c.skipSpaces()
        guard c.atEnd else { return nil }
        if let meridiem {
            guard (1...12).contains(dt.hour) else { return nil }
            dt.hour = dt.hour % 12 + (meridiem == "오후" ? 12 : 0)
        }
        dt.offsetMinutes = koreaOffsetMinutes
        return dt
    }

    /// `[space] number unit`.
    private static func field(_ c: inout DateCursor, unit: String) -> Int? {
        c.skipSpaces()
        guard let value = c.number(digits: 1...2), c.at(word: unit) else { return nil }
        c.index += 1
        return value.decimalValue
    }
}
