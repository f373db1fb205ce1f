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
/// Text with no candidate run is returned as it is, without a copy: the
/// bytes are searched for `C3 82`-`C3 B4` (a lead character) followed by the
/// first byte of a continuation character (`C2`, `C5`, `C6`, `CB`, `E2`), so
/// that French or Spanish text, full of `é`, `á`, is not walked character by
/// character.
enum MojibakeRepair {
    static func repair(_ text: String) -> String {
        guard text.utf8.withContiguousStorageIfAvailable(mayHoldRun) ?? true else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var changed = false
        var index = 0
        while index < scalars.count {
            let lead = scalars[index].value
            guard (0xC2...0xF4).contains(lead) else {
                out.append(scalars[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, isContinuation(scalars[end].value) { end += 1 }
            if end > index + 1, let repaired = decode(scalars[index..<end]) {
                out.append(contentsOf: repaired.unicodeScalars)
                changed = true
            } else {
                out.append(contentsOf: scalars[index..<end])
            }
            index = end
        }
        return changed ? String(out) : text
    }

    static func repair(_ text: String?) -> String? { text.map(repair) }

    /// Whether `bytes` (UTF-8) hold a lead character followed by the first byte of a
    /// continuation character: false means no run, true only maybe one.
    static func mayHoldRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while let hit = UTF8Bytes.index(of: 0xC3, in: bytes, from: start) {
            guard hit + 2 < bytes.count else { return false }
            if (0x82...0xB4).contains(bytes[hit + 1]) {
                switch bytes[hit + 2] {
                case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2: return true
                default: break
                }
            }
            start = hit + 1
        }
        return false
    }

    /// Characters that stand for a byte 0x80-0xBF: Latin-1's, and windows-1252's
    /// for 0x80-0x9F (with U+201B, which the development set's pattern lists
    /// and no encoding maps back: a run holding it is kept).
    private static func isContinuation(_ value: UInt32) -> Bool {
        (0x80...0xBF).contains(value) || value == 0x201B || windows1252Byte(value) != nil
    }

    /// The run's bytes as UTF-8 if they are valid: every character through
    /// windows-1252, else every one through Latin-1 (as `str.encode` would).
    private static func decode(_ run: ArraySlice<Unicode.Scalar>) -> String? {
        for latin1 in [false, true] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(run.count)
            for scalar in run {
                guard let byte = byte(scalar.value, latin1: latin1) else { bytes = []; break }
                bytes.append(byte)
            }
            if !bytes.isEmpty, let text = String(validating: bytes, as: UTF8.self) { return text }
        }
        return nil
    }

    private static func byte(_ value: UInt32, latin1: Bool) -> UInt8? {
        if latin1 { return value <= 0xFF ? UInt8(value) : nil }
        if (0xA0...0xFF).contains(value) { return UInt8(value) }
        return windows1252Byte(value)
    }

    /// The windows-1252 byte (0x80-0x9F) of a character it defines there, or nil.
    private static func windows1252Byte(_ value: UInt32) -> UInt8? {
        guard value > 0xFF else { return nil }
        for byte in UInt32(0x80)...0x9F where Windows1252.scalar(forC1: byte) == value { return UInt8(byte) }
        return nil
    }
}
