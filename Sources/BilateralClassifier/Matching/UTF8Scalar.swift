/// Minimal UTF-8 decoding and character classes for the tokenizer's slow path.
enum UTF8Scalar {
    /// The scalar at `index` and its length in bytes (U+FFFD, 1 for bad bytes).
    @inline(__always)
    static func decode(_ bytes: UnsafePointer<UInt8>, _ count: Int, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard index + length <= count else { return (0xFFFD, 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }

    /// A letter, a digit or a combining mark: part of a word.
    @inline(__always)
    static func isWord(_ value: UInt32, _ classes: borrowing ScalarClasses) -> Bool {
        if value < 0x80 { return Tokenizer.isASCIIWordByte(UInt8(value)) }
        if value < ScalarClasses.tableEnd { return classes.bits(of: value) & ScalarClasses.word != 0 }
        return isWordByProperties(value)
    }

    /// An upper-case or title-case letter.
    @inline(__always)
    static func isUpper(_ value: UInt32, _ classes: borrowing ScalarClasses) -> Bool {
        if value < 0x80 { return value &- 65 < 26 }
        if value < ScalarClasses.tableEnd { return classes.bits(of: value) & ScalarClasses.upper != 0 }
        return isUpperByProperties(value)
    }

    /// `isWord` from the Unicode properties (what `ScalarClasses` holds for the BMP).
    @inline(never)
    static func isWordByProperties(_ value: UInt32) -> Bool {
        if value < 0x80 { return Tokenizer.isASCIIWordByte(UInt8(value)) }
        switch value {
        case 0x2000...0x206F: return false // general punctuation: dashes, quotes, spaces
        case 0xC0...0x24F: return value != 0xD7 && value != 0xF7 // Latin letters, not × ÷
        case 0xA0...0xBF: return [0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE].contains(value)
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// `isUpper` from the Unicode properties (what `ScalarClasses` holds for the BMP).
    @inline(never)
    static func isUpperByProperties(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }
}
