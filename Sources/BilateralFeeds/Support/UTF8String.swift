/// Strings made from UTF-8 bytes that are checked by `UTF8Validator` instead of the standard
/// library.
///
/// `String(decoding:as:)` and `String(unsafeUninitializedCapacity:initializingUTF8With:)`
/// validate with the standard library's `validateUTF8`, which checks every byte one at a time
/// once it has met a single non-ASCII byte: a news description of a few KB with one curly
/// quote was checked byte by byte, twice (captured field, then its plain text). It was ~5% of
/// the CPU of a parse. `UTF8Validator` skips ASCII 32 bytes at a time between multi-byte
/// sequences; bytes it accepts become a `String` through `UTF8Span(unchecked:)`, without a
/// second check. Bytes it rejects (never expected: the reader's input is valid UTF-8) go to
/// `String(decoding:as:)`, which repairs them as before.
enum UTF8String {
    /// The bytes as a String, ill-formed sequences repaired as `String(decoding:as:)` does.
    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.isEmpty else { return "" }
        guard case .valid(let multiByte) = UTF8Validator.scan(UnsafeRawBufferPointer(bytes)) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: !multiByte))
    }

    /// The bytes as a String (see `make(_:)`).
    static func make(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { make($0) }
    }
}
