import Foundation

/// The two date forms nearly every feed writes, read straight from the bytes:
/// RFC 822 `Tue, 11 Jun 2024 10:50:26 +0200` (or `GMT`/`UTC` for the zone) and
/// W3C-DTF `2024-06-11T10:50:26Z` (or `±hh:mm`).
///
/// The token parsers read these forms too, to the same instant; this only skips
/// tokenizing, which made dates about 7% of the CPU time of reading a feed. Anything
/// else (other lengths, spacing, names, a field out of range) is nil here and the
/// token parsers decide.
enum FixedFormatDate {
    static func parse(_ s: String) -> Date? {
        s.utf8.withContiguousStorageIfAvailable { bytes -> Date? in
            switch bytes.count {
            case 29, 31: return rfc822(bytes)
            case 20, 25: return w3c(bytes)
            default: return nil
            }
        } ?? nil
    }

    /// `Www, DD Mmm YYYY HH:MM:SS +hhmm` (31 bytes) or `... GMT`/`UTC` (29 bytes).
    private static func rfc822(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard weekdays.contains(lowerWord(b, 0)), b[3] == UInt8(ascii: ","), b[4] == 0x20, b[7] == 0x20,
              b[11] == 0x20, b[16] == 0x20, b[25] == 0x20,
              let day = digits(b, 5, 2), let year = digits(b, 12, 4),
              let month = months.firstIndex(of: lowerWord(b, 8)), var dt = time(b, at: 17)
        else { return nil }
        dt.year = year
        dt.month = month + 1
        dt.day = day
        if b.count == 29 {
            let zone = lowerWord(b, 26)
            guard zone == word("gmt") || zone == word("utc") else { return nil }
        } else {
            guard let offset = offset(b, 26, colon: false) else { return nil }
            dt.offsetMinutes = offset
        }
        return dt.date
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (20 bytes) or `YYYY-MM-DDTHH:MM:SS±hh:mm` (25 bytes).
    private static func w3c(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              let year = digits(b, 0, 4), let month = digits(b, 5, 2), let day = digits(b, 8, 2),
              var dt = time(b, at: 11)
        else { return nil }
        dt.year = year
        dt.month = month
        dt.day = day
        if b.count == 20 {
            guard b[19] == UInt8(ascii: "Z") else { return nil }
        } else {
            guard let offset = offset(b, 19, colon: true) else { return nil }
            dt.offsetMinutes = offset
        }
        return dt.date
    }

    /// `HH:MM:SS` at `i`, in ranges every parser accepts (no leap second).
    private static func time(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> CivilDateTime? {
        guard b[i + 2] == UInt8(ascii: ":"), b[i + 5] == UInt8(ascii: ":"),
              let hour = digits(b, i, 2), let minute = digits(b, i + 3, 2), let second = digits(b, i + 6, 2),
              hour <= 23, minute <= 59, second <= 59 else { return nil }
        return CivilDateTime(year: 0, hour: hour, minute: minute, second: second)
    }

    /// `±hhmm` (or `±hh:mm` with `colon`) at `i`, in minutes east of UTC.
    private static func offset(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, colon: Bool) -> Int? {
        let sign: Int
        switch b[i] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        if colon && b[i + 3] != UInt8(ascii: ":") { return nil }
        guard let hours = digits(b, i + 1, 2), let minutes = digits(b, colon ? i + 4 : i + 3, 2),
              hours <= 23, minutes <= 59 else { return nil }
        return sign * (hours * 60 + minutes)
    }

    /// The decimal value of `count` ASCII digits at `i`, or nil.
    @inline(__always)
    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ count: Int) -> Int? {
        var value = 0
        for k in i..<(i + count) {
            let d = b[k] &- UInt8(ascii: "0")
            guard d <= 9 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }

    /// Three ASCII letters at `i`, lower-cased and packed (0 when not letters).
    @inline(__always)
    private static func lowerWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        var packed: UInt32 = 0
        for k in i..<(i + 3) {
            let c = b[k] | 0x20
            guard c >= UInt8(ascii: "a"), c <= UInt8(ascii: "z") else { return 0 }
            packed = packed << 8 | UInt32(c)
        }
        return packed
    }

    private static func word(_ s: StaticString) -> UInt32 {
        s.withUTF8Buffer { lowerWord($0, 0) }
    }

    private static let weekdays: [UInt32] = ([
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ] as [StaticString]).map(word)
    private static let months: [UInt32] = ([
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ] as [StaticString]).map(word)
}
