import CSHA256
import Foundation
import Testing
@testable import BilateralRecords

@Suite struct SHA256Tests {
    /// 10 000 bytes of a fixed pattern; its digest was computed with Python's hashlib.
    static let pattern = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }
    static let patternDigest = "c6bec1a98cf1c8f350c1ca9cd7ed598ae4e74e32ef95e8396cfd64129c34dc24"

    @Test func knownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// FIPS 180-4 examples (NIST CSRC "SHA256.pdf") and the long-message vector.
    @Test func nistVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let bits896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hex(bits896) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalEqualsOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        var h = SHA256()
        h.update(Array(bytes[0..<3])); h.update(Array(bytes[3..<130])); h.update(Array(bytes[130...]))
        #expect(h.finalizeHex() == SHA256.hex(bytes))
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func contiguousAndNonContiguousInputsAgree() {
        #expect(SHA256.hex(Self.pattern) == Self.patternDigest)
        #expect(SHA256.hex(Data(Self.pattern)) == Self.patternDigest)
        #expect(SHA256.hex(Self.pattern.lazy.map { $0 }) == Self.patternDigest)
        #expect(Data(Self.pattern).withContiguousStorageIfAvailable { _ in true } == true,
                "Data is hashed in place only if it offers contiguous storage")
    }

    @Test(arguments: [1, 63, 64, 65, 0])
    func chunkingDoesNotChangeTheDigest(chunk: Int) {
        var random = SplitMix64(seed: UInt64(chunk) &+ 0x5a256)
        var h = SHA256()
        var offset = 0
        while offset < Self.pattern.count {
            let size = chunk > 0 ? chunk : Int.random(in: 0...200, using: &random)
            let end = min(offset + size, Self.pattern.count)
            Self.pattern[offset..<end].withUnsafeBufferPointer { h.update($0) }
            offset = end
        }
        #expect(h.finalizeHex() == Self.patternDigest, "chunk size \(chunk == 0 ? "random" : String(chunk))")
    }

    static var hasSHANI: Bool {
        let present = csha256_has_shani() == 1
        if !present { print("skipped: this CPU has no SHA-NI (or this is not x86-64); SHA-NI vs portable not compared") }
        return present
    }

    @Test(.enabled(if: hasSHANI, "skipped: this CPU has no SHA-NI"))
    func shaniAgreesWithPortable() {
        var random = SplitMix64(seed: 0x0123_4567_89ab_cdef)
        for count in Array(0...300) + [4096, 65_537, 1_000_003] {
            let message = (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &random) }
            let portable = Self.digest(message, csha256_blocks_portable)
            let shani = Self.digest(message, csha256_blocks_shani)
            #expect(shani == portable, "length \(count)")
            #expect(Self.digest(message, csha256_blocks) == portable, "length \(count)")
        }
    }

    @Test func portableCompressionMatchesKnownDigest() {
        #expect(Self.digest(Self.pattern, csha256_blocks_portable) == Self.patternDigest)
        #expect(Self.digest(Array("abc".utf8), csha256_blocks_portable)
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// Pads `message` by FIPS 180-4 5.1.1 and hashes it with one compression function,
    /// independently of `SHA256`'s own buffering.
    static func digest(
        _ message: [UInt8], _ compress: (UnsafeMutablePointer<UInt32>?, UnsafePointer<UInt8>?, Int) -> Void
    ) -> String {
        var padded = message + [0x80]
        padded += [UInt8](repeating: 0, count: (119 - message.count % 64) % 64)
        padded += (0..<8).map { UInt8(truncatingIfNeeded: (UInt64(message.count) * 8) >> (56 - 8 * UInt64($0))) }
        var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        padded.withUnsafeBufferPointer { compress(&state, $0.baseAddress, $0.count / 64) }
        return state.map { word in
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }

    /// Every length across two blocks and the padding boundary (55, 56, 63, 64): one update,
    /// byte-at-a-time updates, a String update and the shortened hex agree.
    @Test func lengthsAroundTheBlockAndPaddingBoundaries() {
        for n in 0...130 {
            let bytes = Array(Self.pattern.prefix(n))
            let full = SHA256.hex(bytes)
            var byByte = SHA256()
            for b in bytes { byByte.update([b]) }
            #expect(byByte.finalizeHex() == full, "length \(n)")
            var short = SHA256()
            short.update(bytes)
            #expect(short.finalizeHex(digits: 32) == String(full.prefix(32)), "length \(n)")
            var digest = SHA256()
            digest.update(bytes)
            #expect(digest.finalize().map { String(format: "%02x", $0) }.joined() == full, "length \(n)")
        }
        var text = SHA256()
        text.update("abc")
        #expect(text.finalizeHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
