/// Undoes double-encoded UTF-8 ("mojibake": UTF-8 bytes read as
/// windows-1252 or Latin-1 and encoded again, `Ã©` for `é`, `â€™` for `’`),
/// run by run, as the tool that made the development set does
/// (`tools/devset/extract.py`): a run is a character U+00C2-U+00F4 (a UTF-8
/// lead byte read as Latin-1) followed by characters that stand for bytes
/// 0x80-0xBF (Latin-1, or windows-1252's characters for 0x80-0x9F); it is
/// replaced when its bytes are valid UTF-8, and kept otherwise. Several real
/// feeds carry it (../shared/realfeeds: `20minutos`, `lemonde`, `japantoday`,
/// `breakingnews-ie`), and a name with an accent in it (`MÃ©xico`, `CÃ´te
/// dâ€™Ivoire`) would not be found by the classifier.
///
/// It runs on a field's raw text, before HTML is turned into plain text,
/// which makes no-break spaces blanks and drops soft hyphens: `à` and `í`
/// double-encoded end in those (`Ã` + U+00A0, `Ã` + U+00AD).
///
/// It works on the UTF-8 bytes: a run's repaired UTF-8 is the bytes its
/// characters stand for. The bytes are searched for `C3 82`-`C3 B4` (a lead
/// character), and nothing is copied until a run repairs: French or Spanish
/// text, full of `é` and `á`, is only searched, and comes back as it was.
/// (Building the result a character at a time, the first version of this,
/// took the real-feed mix's parse from 1.44-1.60 s to 2.12-2.39 s.)
enum MojibakeRepair {
    static func repair(_ text: String) -> String {
        let fixed: String?? = text.utf8.withContiguousStorageIfAvailable(repairedText)
        return (fixed ?? Array(text.utf8).withUnsafeBufferPointer(repairedText)) ?? text
    }

    /// The repaired text of `input`, or nil when no run repairs.
    private static func repairedText(_ input: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        var copied = 0   // input[..<copied] is in `output`
        var start = 0
        while let hit = UTF8Bytes.index(of: 0xC3, in: input, from: start) {
            start = hit + 1
            guard hit + 1 < input.count, (0x82...0xB4).contains(input[hit + 1]),
                  let (end, run) = Self.run(input, lead: hit) else { continue }
            if output.isEmpty { output.reserveCapacity(input.count) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<hit]))
            withUnsafeBytes(of: run.bytes) { output.append(contentsOf: $0.prefix(run.count)) }
            copied = end
            start = end
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
        return String(decoding: output, as: UTF8.self)
    }

    static func repair(_ text: String?) -> String? { text.map(repair) }

    /// The repaired bytes of a run (a UTF-8 sequence: at most four).
    struct RunBytes {
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var count = 0

        /// Whether the bytes are valid UTF-8 (`UTF8Validator`). A lead byte followed by
        /// bytes 0x80-0xBF only, as a run's are, is then exactly one sequence.
        var isValidUTF8: Bool {
            withUnsafeBytes(of: bytes) { raw in
                if case .valid = UTF8Validator.scan(UnsafeRawBufferPointer(rebasing: raw.prefix(count))) { return true }
                return false
            }
        }
    }

    /// The run starting with the lead character at `lead` (`C3 xx`): where it ends and its
    /// repaired bytes, or nil when it has no continuation or does not repair. Through
    /// windows-1252 first, then Latin-1 (C1 controls), as `str.encode` would.
    private static func run(_ input: UnsafeBufferPointer<UInt8>, lead: Int) -> (end: Int, run: RunBytes)? {
        let first = input[lead + 1] &+ 0x40
        var windows = RunBytes(), latin1 = RunBytes()
        windows.bytes.0 = first
        latin1.bytes.0 = first
        var count = 1
        var windowsOK = true, latin1OK = true
        var index = lead + 2
        while let (value, length) = scalar(input, at: index), isContinuation(value) {
            // A valid sequence has at most three continuation bytes: a longer run stays as it is.
            if count < 4 {
                let latin: UInt8? = value <= 0xFF ? UInt8(value) : nil
                let cp1252: UInt8? = (0xA0...0xBF).contains(value) ? UInt8(value) : windows1252Byte(value)
                withUnsafeMutableBytes(of: &latin1.bytes) { $0[count] = latin ?? 0 }
                withUnsafeMutableBytes(of: &windows.bytes) { $0[count] = cp1252 ?? 0 }
                latin1OK = latin1OK && latin != nil
                windowsOK = windowsOK && cp1252 != nil
            }
            count += 1
            index += length
        }
        guard count > 1, count <= 4 else { return nil }
        windows.count = count
        latin1.count = count
        if windowsOK, windows.isValidUTF8 { return (index, windows) }
        if latin1OK, latin1.isValidUTF8 { return (index, latin1) }
        return nil
    }

    /// The character at `index` if it takes two or three bytes, with its length.
    private static func scalar(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        guard index + 1 < input.count else { return nil }
        let first = UInt32(input[index]), second = UInt32(input[index + 1])
        guard second & 0xC0 == 0x80 else { return nil }
        if first & 0xE0 == 0xC0 { return ((first & 0x1F) << 6 | (second & 0x3F), 2) }
        guard first & 0xF0 == 0xE0, index + 2 < input.count else { return nil }
        let third = UInt32(input[index + 2])
        guard third & 0xC0 == 0x80 else { return nil }
        return ((first & 0x0F) << 12 | (second & 0x3F) << 6 | (third & 0x3F), 3)
    }

    /// Characters that stand for a byte 0x80-0xBF: Latin-1's, and windows-1252's
    /// for 0x80-0x9F (with U+201B, which the development set's pattern lists
    /// and no encoding maps back: a run holding it is kept).
    private static func isContinuation(_ value: UInt32) -> Bool {
        (0x80...0xBF).contains(value) || value == 0x201B || windows1252Byte(value) != nil
    }

    /// The windows-1252 byte (0x80-0x9F) of a character it defines there, or nil.
    private static func windows1252Byte(_ value: UInt32) -> UInt8? {
        guard value > 0xFF else { return nil }
        for byte in UInt32(0x80)...0x9F where Windows1252.scalar(forC1: byte) == value { return UInt8(byte) }
        return nil
    }
}
