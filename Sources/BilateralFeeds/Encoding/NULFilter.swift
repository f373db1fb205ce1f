import Glibc

/// Drops NUL bytes from the UTF-8 stream before libxml2 sees it.
///
/// XML 1.0 forbids U+0000, and libxml2 stops at the first NUL byte even in
/// recovery mode, losing every item after it. Dropping the byte keeps the
/// rest of the document readable; the count makes the reader flag the
/// document as not well-formed and say so in a diagnostic.
struct NULFilter {
    private(set) var dropped = 0
    private var buffer: [UInt8] = []

    /// Calls `body` with `bytes`, or with a copy without its NUL bytes when it has any.
    mutating func filter(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard let base = bytes.baseAddress, !bytes.isEmpty, memchr(base, 0, bytes.count) != nil else {
            return try body(bytes)
        }
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(bytes.count)
        for byte in bytes where byte != 0 { buffer.append(byte) }
        dropped += bytes.count - buffer.count
        try buffer.withUnsafeBytes(body)
    }

    /// The diagnostic for a document that had NUL bytes, if it had any.
    var diagnostic: FeedDiagnostic? {
        guard dropped > 0 else { return nil }
        return FeedDiagnostic(severity: .error, line: 0, column: 0,
                              message: "feeds: \(dropped) NUL bytes (not allowed in XML) were dropped")
    }
}
