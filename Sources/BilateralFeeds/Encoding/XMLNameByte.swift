/// Which bytes of UTF-8 may begin or continue an XML name, as the recovery
/// pass's filters judge it before libxml2 sees the text: ASCII as XML says,
/// and any byte of a non-ASCII character (the filters need not tell which
/// characters XML allows; libxml2 does).
enum XMLNameByte {
    /// An ASCII letter, `_`, `:`, or a byte of a non-ASCII character.
    static func isStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    /// A byte that may start a name, or a digit, `-` or `.`.
    static func isPart(_ byte: UInt8) -> Bool {
        isStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
