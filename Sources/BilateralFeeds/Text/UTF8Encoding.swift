/// Writes a Unicode scalar value as UTF-8 into a raw byte buffer.
enum UTF8Encoding {
    /// - Parameters:
    ///   - scalar: A valid scalar value (not a surrogate, at most U+10FFFF).
    ///   - output: The buffer, with room for 4 more bytes at `count`.
    ///   - count: Bytes already written.
    /// - Returns: The new byte count.
    @inline(__always)
    static func write(_ scalar: UInt32, to output: UnsafeMutablePointer<UInt8>, at count: Int) -> Int {
        switch scalar {
        case 0..<0x80:
            output[count] = UInt8(scalar)
            return count + 1
        case 0x80..<0x800:
            output[count] = UInt8(0xC0 | scalar >> 6)
            output[count + 1] = UInt8(0x80 | scalar & 0x3F)
            return count + 2
        case 0x800..<0x1_0000:
            output[count] = UInt8(0xE0 | scalar >> 12)
            output[count + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            output[count + 2] = UInt8(0x80 | scalar & 0x3F)
            return count + 3
        default:
            output[count] = UInt8(0xF0 | scalar >> 18)
            output[count + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            output[count + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            output[count + 3] = UInt8(0x80 | scalar & 0x3F)
            return count + 4
        }
    }
}
