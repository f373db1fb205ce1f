import Foundation

/// A lexical piece of a date string: a run of ASCII digits, a run of
/// letters (any script, lower-cased and without diacritics), a run of
/// whitespace, or one other character.
enum DateToken {
    case number(digits: [UInt8])
    case word(String)
    case space
    case symbol(Unicode.Scalar)

    var isSpace: Bool {
        if case .space = self { return true }
        return false
    }

    func isSymbol(_ symbol: Unicode.Scalar) -> Bool {
        if case .symbol(let s) = self { return s == symbol }
        return false
    }

    /// Splits a string wherever the kind of character changes.
    static func tokenize(_ s: String) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(16)
        var digits: [UInt8] = []
        var word: [UInt8] = []  // UTF-8, ASCII letters already lower-cased
        var wordIsASCII = true
        func flush() {
            if !digits.isEmpty {
                tokens.append(.number(digits: digits))
                digits.removeAll(keepingCapacity: true)
            }
            if !word.isEmpty {
                let text = String(decoding: word, as: UTF8.self)
                tokens.append(.word(wordIsASCII ? text : folded(text)))
                word.removeAll(keepingCapacity: true)
                wordIsASCII = true
            }
        }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v >= 0x30 && v <= 0x39 {
                if !word.isEmpty { flush() }
                digits.append(UInt8(v - 0x30))
            } else if v < 0x80 ? (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) : scalar.properties.isAlphabetic {
                if !digits.isEmpty { flush() }
                if v < 0x80 {
                    word.append(UInt8(v | 0x20))
                } else {
                    word.append(contentsOf: String(scalar).utf8)
                    wordIsASCII = false
                }
            } else {
                flush()
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) || (v >= 0x80 && scalar.properties.isWhitespace) {
                    if tokens.last?.isSpace != true { tokens.append(.space) }
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
