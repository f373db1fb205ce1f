import Glibc

/// Streaming conversion of a legacy charset to UTF-8 with Glibc `iconv`.
///
/// Sequences cut by a chunk boundary are kept for the next chunk; invalid sequences become
/// U+FFFD and are counted. A class only because it owns the `iconv_t` handle.
final class IconvTranscoder {
    private let handle: iconv_t
    private var pending: [UInt8] = []
    private var output: [UInt8]
    /// Number of invalid input sequences replaced by U+FFFD so far.
    private(set) var invalidSequences = 0

    /// Nil when iconv does not know `charset`.
    /// - Parameter outputCapacity: bytes of UTF-8 made per iconv call.
    init?(from charset: String, outputCapacity: Int = 1 << 19) {
        _ = Self.resident
        let h = iconv_open("UTF-8", charset)
        guard let h, h != iconv_t(bitPattern: -1) else { return nil }
        handle = h
        output = [UInt8](repeating: 0, count: max(64, outputCapacity))
    }

    deinit { iconv_close(handle) }

    /// glibc loads a charset's converter (a gconv module) when the first
    /// handle for it opens and unloads it when the last one closes: each file
    /// in windows-1251, and each of the 16 decodings of a charset guess, paid
    /// a `dlopen` and a `dlclose` (a guess took 1.8 ms for a 20 KB feed, most
    /// of it there). One unused handle per charset of the guessing table, open
    /// for the life of the process, keeps those modules loaded.
    private static let resident = ResidentModules(charsets: CharsetGuesser.shipped?.candidates.map(\.iconvName) ?? [])

    /// Handles never used to convert, only held; never closed (a static's life).
    private final class ResidentModules: @unchecked Sendable {
        let handles: [iconv_t]

        init(charsets: [String]) {
            handles = Set(charsets + ["WINDOWS-1252"]).compactMap { charset in
                guard let h = iconv_open("UTF-8", charset), h != iconv_t(bitPattern: -1) else { return nil }
                return h
            }
        }
    }

    /// Converts `input` (plus any bytes held back from the previous chunk) and hands the
    /// UTF-8 result to `sink`; `final` flushes and replaces an incomplete tail.
    func convert(_ input: UnsafeRawBufferPointer, final: Bool,
                 sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        var bytes = pending
        bytes.append(contentsOf: input)
        pending.removeAll(keepingCapacity: true)
        var consumed = 0
        while consumed < bytes.count {
            let (used, produced, status) = step(&bytes, from: consumed)
            consumed += used
            try output.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) }
            switch status {
            case 0, E2BIG: continue
            case EINVAL where !final:
                pending = Array(bytes[consumed...])
                return
            default:   // EILSEQ, or EINVAL at the very end
                invalidSequences += 1
                consumed += 1
                try [UInt8]([0xEF, 0xBF, 0xBD]).withUnsafeBytes { try sink($0) }
            }
        }
    }

    /// One `iconv` call from `offset`: bytes used, bytes produced, errno (0 when done).
    private func step(_ bytes: inout [UInt8], from offset: Int) -> (Int, Int, Int32) {
        return bytes.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress! + offset)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count - offset
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft)
                let status: Int32 = r == -1 ? errno : 0
                return (inBuf.count - offset - inLeft, outBuf.count - outLeft, status)
            }
        }
    }
}
