internal import CSHA256

/// SHA-256 (FIPS 180-4), used for stable item ids and file content hashes.
/// Foundation on Linux has no digest API and swift-crypto is a heavy
/// dependency for one function. Block compression is the C target CSHA256:
/// the x86 SHA extensions when the CPU has them, portable C otherwise.
public struct SHA256: Sendable {
    /// H0...H7, contiguous in memory (a homogeneous tuple) for the C call.
    private typealias Words = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    private var state: Words =
        (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    /// The bytes of an unfinished block (fewer than 64).
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    public init() {}

    /// Hashes `bytes` in one call and returns the lower-case hex digest.
    /// Contiguous sequences (`Data`, `[UInt8]`, native `String.UTF8View`)
    /// are hashed in place; others are copied into an array first.
    public static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var h = SHA256()
        if bytes.withContiguousStorageIfAvailable({ h.update($0) }) == nil {
            h.update(Array(bytes))
        }
        return h.finalizeHex()
    }

    /// Hashes the UTF-8 bytes of `string`.
    public static func hex(_ string: String) -> String { hex(string.utf8) }

    /// Feeds `bytes` to the hash; any chunking gives the same digest.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    /// Feeds `bytes` to the hash. Whole 64-byte blocks go to C in one call;
    /// only a partial block at either end passes through `buffer`.
    public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        length &+= UInt64(bytes.count)
        var index = 0
        if !buffer.isEmpty {
            index = min(64 - buffer.count, bytes.count)
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<index]))
            guard buffer.count == 64 else { return }
            compressBuffer()
        }
        let blocks = (bytes.count - index) / 64
        compress(base + index, blocks: blocks)
        index += blocks * 64
        if index < bytes.count { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...])) }
    }

    /// Pads the message (FIPS 180-4, 5.1.1) and returns the 32-byte digest.
    /// The hasher is spent afterwards: make a new one for the next message.
    public mutating func finalize() -> [UInt8] {
        let bitLength = length &* 8
        buffer.append(0x80)
        while buffer.count % 64 != 56 { buffer.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            buffer.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        compressBuffer()
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        withUnsafeBytes(of: state) { words in
            for k in 0..<8 {
                let word = words.load(fromByteOffset: 4 * k, as: UInt32.self)
                withUnsafeBytes(of: word.bigEndian) { digest.append(contentsOf: $0) }
            }
        }
        return digest
    }

    /// `finalize()` as 64 lower-case hex digits.
    public mutating func finalizeHex() -> String {
        let digest = finalize()
        return String(unsafeUninitializedCapacity: 64) { out in
            for (i, byte) in digest.enumerated() {
                out[2 * i] = SHA256.hexDigit(byte >> 4)
                out[2 * i + 1] = SHA256.hexDigit(byte & 0xf)
            }
            return 64
        }
    }

    /// The ASCII lower-case hex digit of `nibble` (0...15).
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
    }

    /// Compresses the whole blocks in `buffer` (one, or two for a padded
    /// tail) and empties it.
    private mutating func compressBuffer() {
        buffer.withUnsafeBufferPointer { SHA256.compress(&state, $0.baseAddress!, blocks: $0.count / 64) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Compresses `blocks` consecutive 64-byte blocks at `p` in one C call.
    private mutating func compress(_ p: UnsafePointer<UInt8>, blocks: Int) {
        SHA256.compress(&state, p, blocks: blocks)
    }

    private static func compress(_ state: inout Words, _ p: UnsafePointer<UInt8>, blocks: Int) {
        guard blocks > 0 else { return }
        withUnsafeMutableBytes(of: &state) { words in
            csha256_blocks(words.baseAddress!.assumingMemoryBound(to: UInt32.self), p, blocks)
        }
    }
}
