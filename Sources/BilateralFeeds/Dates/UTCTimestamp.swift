import Foundation

/// `2013-10-22T08:00:00Z`: the timestamp form of every output (whole seconds,
/// UTC), computed with the same calendar arithmetic the parsers use.
///
/// Written as bytes: the record writer appends two of these per item, and
/// building them with string interpolation and padded `String(Int)` pieces
/// allocated a dozen strings per timestamp.
public enum UTCTimestamp {
    /// The timestamp of `date` as a String.
    public static func string(_ date: Date) -> String {
        var bytes: [UInt8] = []
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the timestamp of `date` to `bytes` (20 bytes for years 0-9999).
    public static func append(_ date: Date, to bytes: inout [UInt8]) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (y, m, d) = CivilDateTime.civil(fromEpochDays: days)
        appendPadded(y, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(m, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(d, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendPadded(time / 3600, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendPadded(time / 60 % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendPadded(time % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// `String(value)` left-padded with zeros to `width` characters (a sign
    /// counts as one, as it always did: -5 is `00-5`; only years before 1 AD
    /// are negative).
    static func appendPadded(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        guard value < 0 else { return DecimalDigits.append(UInt(value), minimumCount: width, to: &bytes) }
        let text = String(value).utf8
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, width - text.count)))
        bytes.append(contentsOf: text)
    }
}

/// `UTCTimestamp.string(date)`.
public func utcTimestamp(_ date: Date) -> String { UTCTimestamp.string(date) }
