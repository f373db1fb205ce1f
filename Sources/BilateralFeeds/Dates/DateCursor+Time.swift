/// Times of day and zones, shared by the date grammars.
extension DateCursor {
    /// `h:mm`, `h:mm:ss`, `h:mm:ss.fff` (one or two digits for each field,
    /// a fraction after `.` or `,`). Fails on a fourth field (`1:2:3:4`).
    mutating func clockTime(into dt: inout CivilDateTime) -> Bool {
        guard let hour = number(digits: 1...2), take(":"), let minute = number(digits: 1...2) else { return false }
        dt.hour = hour.decimalValue
        dt.minute = minute.decimalValue
        dt.second = 0
        if take(":") {
            guard let second = number(digits: 1...2) else { return false }
            dt.second = second.decimalValue
            if !fraction(into: &dt) { return false }
        }
        return !at(symbol: ":")
    }

    /// An optional `.fff` or `,fff` fraction of a second.
    mutating func fraction(into dt: inout CivilDateTime) -> Bool {
        guard at(symbol: ".") || at(symbol: ",") else { return true }
        guard case .number(let digits)? = peekSecond else {
            // A `,` that is not a fraction separator is left for the caller.
            return at(symbol: ",")
        }
        index += 2
        dt.fraction = digits.prefix(9).reversed().reduce(0.0) { ($0 + Double($1)) / 10 }
        return true
    }

    /// A numeric offset (`+hhmm`, `-hh:mm`, `+hh`), if a sign comes next.
    /// - Returns: nil when there is no sign; `.some(nil)` when the offset is malformed.
    mutating func numericOffset() -> Int?? {
        guard let sign = sign() else { return nil }
        return .some(offsetMinutes(sign: sign))
    }
}
