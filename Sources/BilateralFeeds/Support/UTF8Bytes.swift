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

    /// True when the UTF-8 of `s` holds `byte`.
    static func contains(_ s: String, _ byte: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { contains($0, byte) } ?? s.utf8.contains(byte)
    }
}
