import Foundation

/// A lexical piece of a date string: a run of ASCII digits, a run of
/// letters (any script, lower-cased and without diacritics), a run of
/// whitespace, or one other character.
enum DateToken: Equatable {
    case number(digits: [UInt8])
    case word(String)
    case space
    case symbol(Unicode.Scalar)

    /// Splits a string wherever the kind of character changes.
    static func tokenize(_ s: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var digits: [UInt8] = []
        var letters = String.UnicodeScalarView()
        func flush() {
            if !digits.isEmpty { tokens.append(.number(digits: digits)); digits = [] }
            if !letters.isEmpty { tokens.append(.word(folded(String(letters)))); letters = .init() }
        }
        for scalar in s.unicodeScalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                if !letters.isEmpty { flush() }
                digits.append(UInt8(scalar.value - 0x30))
            } else if scalar.properties.isAlphabetic {
                if !digits.isEmpty { flush() }
                letters.append(scalar)
            } else {
                flush()
                if scalar.properties.isWhitespace {
                    if tokens.last != .space { tokens.append(.space) }
                } else {
                    tokens.append(.symbol(scalar))
                }
            }
        }
        flush()
        return tokens
    }

    /// Lower case without diacritics (`Ιούλ` → `ιουλ`, `július` → `julius`);
    /// scripts from Hangul on are left as they are.
    private static func folded(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return lower }
        var out = String.UnicodeScalarView()
        for scalar in lower.unicodeScalars {
            guard scalar.value >= 0x80, scalar.value < 0x1100 else { out.append(scalar); continue }
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            where !(0x300...0x36F).contains(part.value) {
                out.append(part)
            }
        }
        return String(out)
    }
}

extension [UInt8] {
    /// The decimal value of a run of digits.
    var decimalValue: Int {
        reduce(0) { $0 &* 10 &+ Int($1) }
    }
}
