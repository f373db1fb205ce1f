@testable import BilateralFeeds
import Testing

@Suite("strings from UTF-8 checked by UTF8Validator")
struct UTF8StringTests {
    /// Byte sequences, valid and not, each made a String both ways.
    static let samples: [[UInt8]] = [
        [],
        Array("plain ASCII text, longer than thirty-two bytes to take the fast path".utf8),
        Array("Zürich – “quoted” 東京 😀".utf8),
        Array(String(repeating: "a", count: 40).utf8) + [0xE2, 0x80, 0x99] + Array(String(repeating: "b", count: 40).utf8),
        [0x61, 0xFF, 0x62],                  // never valid
        [0x61, 0xC3],                        // cut-off sequence
        [0xE0, 0x80, 0x80],                  // overlong
        [0xED, 0xA0, 0x80],                  // surrogate
        [0xF4, 0x90, 0x80, 0x80],            // above U+10FFFF
        [0x61, 0x80, 0x62],                  // stray continuation byte
    ]

    @Test("the same String as String(decoding:as:), ill-formed bytes repaired alike", arguments: samples)
    func sameAsStandardLibrary(_ bytes: [UInt8]) {
        let made = UTF8String.make(bytes)
        let expected = String(decoding: bytes, as: UTF8.self)
        #expect(made == expected)
        #expect(Array(made.utf8) == Array(expected.utf8))
        #expect(made.count == expected.count)
    }

    @Test("a String made from valid bytes compares and hashes like a literal")
    func behavesLikeALiteral() {
        let made = UTF8String.make(Array("café".utf8))
        #expect(made == "café")
        #expect(made.hashValue == "café".hashValue)
        #expect(made.unicodeScalars.map(\.value) == [0x63, 0x61, 0x66, 0xE9])
        #expect(UTF8String.make(Array("ascii".utf8)).utf8.count == 5)
    }
}
