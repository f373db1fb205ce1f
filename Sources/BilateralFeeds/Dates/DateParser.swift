import Foundation

/// Reads the dates found in feeds: RFC 822/2822 and its corruptions,
/// asctime, W3C-DTF and ISO 8601, and a few localised forms (Greek RFC 822,
/// Hungarian and Korean). No `DateFormatter`: the string is split into
/// tokens and read by hand, and the instant computed with integer calendar
/// arithmetic (proleptic Gregorian calendar).
///
/// A date that cannot be read, or names a day, month, hour, minute, second
/// or zone that does not exist, is nil: the parser never guesses.
/// A date without a zone is taken as UTC.
public enum DateParser {
    /// The instant a feed date stands for.
    /// - Parameter s: The text of `pubDate`, `dc:date`, `updated`, ...;
    ///   surrounding whitespace is ignored.
    /// - Returns: The instant, or nil when the text is not a date we can read.
    public static func parse(_ s: String) -> Date? {
        FixedFormatDate.parse(s) ?? parseTokens(s)
    }

    /// `parse` without the fixed-format fast path: tokens read by the format parsers.
    static func parseTokens(_ s: String) -> Date? {
        let tokens = DateToken.tokenize(s).trimmingSpaces()
        guard let first = tokens.first else { return nil }
        let civil: CivilDateTime?
        switch first {
        case .number, .symbol("-"):
            civil = ISO8601DateParser.parse(tokens)
                ?? KoreanDateParser.parse(tokens)
                ?? RFC822DateParser.parse(tokens)
        default:
            civil = RFC822DateParser.parse(tokens)
        }
        return civil?.date
    }
}

extension [DateToken] {
    /// Without leading and trailing whitespace tokens.
    fileprivate func trimmingSpaces() -> [DateToken] {
        guard let start = firstIndex(where: { !$0.isSpace }),
              let end = lastIndex(where: { !$0.isSpace }) else { return [] }
        return Array(self[start...end])
    }
}
