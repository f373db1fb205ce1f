import Glibc

/// Byte searches with `memchr` over contiguous UTF-8. `UTF8View.contains` and
/// `Array.contains` walk one element at a time; these tests run on every captured field
/// and attribute value of a feed.
enum UTF8Bytes {
    /// True when `bytes` holds `byte`.
    @inline(__always)
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// The index of the first `byte` in `bytes` at or after `start`, or nil.
    @inline(__always)
    static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
    }

    /// True when the UTF-8 of `s` holds `byte`.
    static func contains(_ s: String, _ byte: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { contains($0, byte) } ?? s.utf8.contains(byte)
    }

    /// True when the UTF-8 of `s` holds the bytes of `needle` (Foundation's `contains` went
    /// through `range(of:)` for every Atom link).
    static func contains(_ s: String, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        return s.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            while let hit = index(of: needle.utf8Start.pointee, in: bytes, from: start) {
                guard hit + count <= bytes.count else { return false }
                if memcmp(bytes.baseAddress! + hit, needle.utf8Start, count) == 0 { return true }
                start = hit + 1
            }
            return false
        } ?? s.contains(String(describing: needle))
    }
}
