internal import CSHA256

/// SHA-256 (FIPS 180-4), used for stable item ids and file content hashes.
/// Foundation on Linux has no digest API and swift-crypto is a heavy
/// dependency for one function. Block compression is the C target CSHA256:
/// the x86 SHA extensions when the CPU has them, portable C otherwise.
public struct SHA256: Sendable {
    /// H0...H7, contiguous in memory (a homogeneous tuple) for the C call.
    private typealias Words = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    /// 64 bytes held inline: a partial block, or the padded final one.
    private typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    private var state: Words =
        (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    /// The bytes of an unfinished block: the first `pending` bytes of `block`. Held in the value,
    /// not an array: hashing an item id (`ItemIdentity`) allocated the array, the digest and two
    /// strings.
    private var block: Block = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pending = 0
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

    /// Feeds the UTF-8 bytes of `string` to the hash.
    public mutating func update(_ string: String) {
        if string.utf8.withContiguousStorageIfAvailable({ update($0) }) == nil { update(Array(string.utf8)) }
    }

    /// Feeds `bytes` to the hash. Whole 64-byte blocks go to C in one call;
    /// only a partial block at either end passes through `block`.
    public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        length &+= UInt64(bytes.count)
        var index = 0
        if pending > 0 {
            index = min(64 - pending, bytes.count)
            withUnsafeMutableBytes(of: &block) { b in
                b.baseAddress!.advanced(by: pending).copyMemory(from: base, byteCount: index)
            }
            pending += index
            guard pending == 64 else { return }
            compressBlock()
        }
        let blocks = (bytes.count - index) / 64
        SHA256.compress(&state, base + index, blocks: blocks)
        index += blocks * 64
        if index < bytes.count {
            let rest = bytes.count - index
            withUnsafeMutableBytes(of: &block) { $0.baseAddress!.copyMemory(from: base + index, byteCount: rest) }
            pending = rest
        }
    }

    /// Pads the message (FIPS 180-4, 5.1.1) and returns the 32-byte digest.
    /// The hasher is spent afterwards: make a new one for the next message.
    public mutating func finalize() -> [UInt8] {
        pad()
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for k in 0..<8 {
            withUnsafeBytes(of: word(k).bigEndian) { digest.append(contentsOf: $0) }
        }
        return digest
    }

    /// `finalize()` as 64 lower-case hex digits.
    public mutating func finalizeHex() -> String { finalizeHex(digits: 64) }

    /// The first `digits` (even, at most 64) lower-case hex digits of the digest, written
    /// straight from the state words.
    public mutating func finalizeHex(digits: Int) -> String {
        precondition(digits >= 0 && digits <= 64 && digits % 2 == 0, "SHA256: 0-64 hex digits, even")
        pad()
        return String(unsafeUninitializedCapacity: digits) { out in
            for i in 0..<digits / 2 {
                let byte = UInt8(truncatingIfNeeded: word(i / 4) >> (24 - 8 * UInt32(i % 4)))
                out[2 * i] = SHA256.hexDigit(byte >> 4)
                out[2 * i + 1] = SHA256.hexDigit(byte & 0xf)
            }
            return digits
        }
    }

    /// The ASCII lower-case hex digit of `nibble` (0...15).
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
    }

    /// State word `k` (H0...H7).
    private func word(_ k: Int) -> UInt32 {
        withUnsafeBytes(of: state) { $0.load(fromByteOffset: 4 * k, as: UInt32.self) }
    }

    /// Appends the padding and the bit length to the pending bytes and compresses the last
    /// block (or two).
    private mutating func pad() {
        let bitLength = length &* 8
        let count = pending
        withUnsafeMutableBytes(of: &block) { b in
            b[count] = 0x80
            for k in (count + 1)..<64 { b[k] = 0 }
        }
        if count >= 56 {
            compressBlock()
            block = (0, 0, 0, 0, 0, 0, 0, 0)
        }
        withUnsafeMutableBytes(of: &block) { b in
            for k in 0..<8 { b[56 + k] = UInt8(truncatingIfNeeded: bitLength >> UInt64(56 - 8 * k)) }
        }
        compressBlock()
    }

    /// Compresses `block` and empties it.
    private mutating func compressBlock() {
        var copy = block
        withUnsafeBytes(of: &copy) { SHA256.compress(&state, $0.baseAddress!.assumingMemoryBound(to: UInt8.self), blocks: 1) }
        pending = 0
    }

    private static func compress(_ state: inout Words, _ p: UnsafePointer<UInt8>, blocks: Int) {
        guard blocks > 0 else { return }
        withUnsafeMutableBytes(of: &state) { words in
            csha256_blocks(words.baseAddress!.assumingMemoryBound(to: UInt32.self), p, blocks)
        }
    }
}
