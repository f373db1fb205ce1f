internal import CLibXML2

/// HTML character references: the HTML 4 named entities (libxml2's table),
/// `&apos;`, and decimal or hexadecimal numeric references.
///
/// Numeric references in the range 128–159 name C1 control characters that
/// no one means: as browsers do, they are read as the windows-1252 character
/// of that byte (`&#146;` → `’`). References to NUL, surrogates or values
/// beyond U+10FFFF become U+FFFD. Unknown names stay as written.
public enum HTMLEntities {
    /// The text an entity name stands for.
    /// - Parameter name: The name between `&` and `;`, case-sensitive (`eacute`, `Eacute`).
    /// - Returns: The character, or nil when the name is not an HTML 4 entity nor `apos`.
    public static func lookup(name: String) -> String? {
        var name = name
        let scalar: UInt32? = name.withUTF8 { bytes in
            CharacterReference.namedScalar(bytes, from: 0, to: bytes.count)
        }
        guard let scalar, let value = Unicode.Scalar(scalar) else { return nil }
        return String(Character(value))
    }

    /// Replaces every character reference in a string by its character.
    ///
    /// Named references need their `;`; numeric ones may omit it. Anything
    /// that is not a reference we know (`AT&T`, `&bogus;`) stays as written.
    /// Whitespace and markup are left alone.
    /// - Parameter s: Text that may hold references.
    /// - Returns: The decoded text.
    public static func decode(_ s: String) -> String {
        var s = s
        return s.withUTF8 { input in
            guard input.contains(UInt8(ascii: "&")) else { return String(decoding: input, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: input.count) { output in
                decode(input, into: output.baseAddress!)
            }
        }
    }

    /// Decodes `input` into `output`, which must have room for `input.count`
    /// bytes (a reference is never shorter than its UTF-8 encoding).
    private static func decode(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        while i < input.count {
            let c = input[i]
            if c == UInt8(ascii: "&"), let ref = CharacterReference.parse(input, at: i) {
                count = UTF8Encoding.write(ref.scalar, to: output, at: count)
                i = ref.end
            } else {
                output[count] = c
                count += 1
                i += 1
            }
        }
        return count
    }

    /// libxml2's HTML 4 entity table (case-sensitive names).
    /// - Parameter name: A NUL-terminated entity name.
    static func libxml2Scalar(_ name: UnsafePointer<UInt8>) -> UInt32? {
        guard let entity = htmlEntityLookup(name) else { return nil }
        return UInt32(entity.pointee.value)
    }
}
