import CUTF8

/// Finds the first byte that breaks UTF-8 validity: sixteen bytes at a time
/// while they are well formed (`cutf8_valid_blocks`), byte by byte around
/// the first that is not, to say what and where.
///
/// Every feed is checked before it is parsed, and every captured field and
/// plain text again before it becomes a `String` (`UTF8String`). Checked
/// byte by byte past the first non-ASCII byte (~800 MB/s on real feeds),
/// this was 9.5% of `classify`'s samples on a mix of real feeds (Russian,
/// Bengali, Spanish...), 14% once their Unicode lookups were gone; the
/// block loop skips all-ASCII blocks first, as the byte loop used to.
enum UTF8Validator {
    /// The outcome of a scan.
    enum Scan: Equatable {
        /// All bytes valid; `multiByte` tells whether any non-ASCII sequence was seen.
        case valid(multiByte: Bool)
        /// All valid up to `at`, where a sequence is cut by the end of the buffer.
        case incompleteTail(at: Int, multiByte: Bool)
        /// An invalid byte at `at`.
        case invalid(at: Int, multiByte: Bool)
    }

    static func scan(_ p: UnsafeRawBufferPointer, from start: Int = 0) -> Scan {
        let n = p.count
        var i = start
        var multiByte = false
        guard let base = p.baseAddress else { return .valid(multiByte: false) }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        // The byte-by-byte path runs up to here before the block loop is tried
        // (again): past the three bytes it looks back at, past a block that failed.
        var carefulUntil = start + 3
        while i < n {
            if i >= carefulUntil, i + 16 <= n {
                var nonASCII: Int32 = 0
                let end = cutf8_valid_blocks(bytes, i, n, &nonASCII)
                if nonASCII != 0 { multiByte = true }
                // Byte by byte from the start of the last sequence checked, through the block that
                // failed (if one did), which finds what is wrong there.
                carefulUntil = end + 16
                i = Self.sequenceStart(bytes, before: end, notBefore: i)
                continue
            }
            // Byte by byte, but eight ASCII bytes at a time (texts too short for a block).
            if i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            multiByte = true
            let need: Int
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0...0xEF: need = 2
            case 0xF0...0xF4: need = 3
            default: return .invalid(at: i, multiByte: multiByte)
            }
            if i + need >= n {
                if !continuationsValid(p, i, available: n - i - 1) { return .invalid(at: i, multiByte: multiByte) }
                return .incompleteTail(at: i, multiByte: multiByte)
            }
            if !continuationsValid(p, i, available: need) { return .invalid(at: i, multiByte: multiByte) }
            i += need + 1
        }
        return .valid(multiByte: multiByte)
    }

    /// Where the character that ends at or goes on past `end` starts: `end`
    /// itself unless one of the (at most three) bytes before it begins a
    /// sequence longer than what is left before `end`. Not before `lower`.
    @inline(__always)
    private static func sequenceStart(_ bytes: UnsafePointer<UInt8>, before end: Int, notBefore lower: Int) -> Int {
        var back = 1
        while back <= 3, end - back >= lower {
            let byte = bytes[end - back]
            if byte & 0xC0 != 0x80 {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return back < length ? end - back : end
            }
            back += 1
        }
        return end
    }

    /// Checks the continuation bytes after the lead byte at `i` (only `available` of them),
    /// with the RFC 3629 limits on the second byte (no overlongs, no surrogates, <= U+10FFFF).
    private static func continuationsValid(_ p: UnsafeRawBufferPointer, _ i: Int, available: Int) -> Bool {
        guard available > 0 else { return true }
        let lead = p[i], second = p[i + 1]
        switch lead {
        case 0xE0: if second < 0xA0 || second > 0xBF { return false }
        case 0xED: if second < 0x80 || second > 0x9F { return false }
        case 0xF0: if second < 0x90 || second > 0xBF { return false }
        case 0xF4: if second < 0x80 || second > 0x8F { return false }
        default: if second & 0xC0 != 0x80 { return false }
        }
        for k in stride(from: 2, through: available, by: 1) {
            if p[i + k] & 0xC0 != 0x80 { return false }
        }
        return true
    }
}
