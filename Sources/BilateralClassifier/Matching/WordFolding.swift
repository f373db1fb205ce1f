import Foundation

/// The slow path of normalisation for words with non-ASCII letters: lower
/// case, diacritics removed (canonical decomposition without combining
/// marks), and the letters that do not decompose folded by hand
/// (`ß` → `ss`, `æ` → `ae`, `ø` → `o`, `ł` → `l`...).
enum WordFolding {
    /// Appends the normalised bytes of the word `word` (one token) to `output`.
    static func fold(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let string = String(decoding: word, as: UTF8.self)
        for scalar in string.unicodeScalars {
            if scalar.isASCII {
                var byte = UInt8(scalar.value)
                if byte &- 65 < 26 { byte |= 0x20 }
                if Tokenizer.isASCIIWordByte(byte) || byte == 46 { output.append(byte) }
                continue
            }
            foldScalar(scalar, into: &output)
        }
    }

    private static func foldScalar(_ scalar: Unicode.Scalar, into output: inout [UInt8]) {
        let lower = scalar.properties.lowercaseMapping
        for lowered in lower.unicodeScalars {
            if let special = special(lowered) {
                output.append(contentsOf: special.utf8)
                continue
            }
            for part in String(lowered).decomposedStringWithCanonicalMapping.unicodeScalars where !isMark(part) {
                if let special = special(part) {
                    output.append(contentsOf: special.utf8)
                } else {
                    output.append(contentsOf: String(part).utf8)
                }
            }
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func special(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "ß": return "ss"
        case "æ": return "ae"
        case "œ": return "oe"
        case "ø": return "o"
        case "ł": return "l"
        case "đ", "ð": return "d"
        case "þ": return "th"
        case "ı": return "i"
        default: return nil
        }
    }
}

