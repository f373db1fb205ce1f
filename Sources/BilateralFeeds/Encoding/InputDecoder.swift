import Foundation

/// Turns the bytes of a document, in any encoding, into UTF-8 chunks for libxml2.
///
/// Decides once, from the first 64 KiB: BOM, UTF-16/32 patterns, the XML declaration, and
/// whether a declared Latin-1 is really UTF-8. An undeclared document whose first 64 KiB are
/// mostly not UTF-8 is read in the charset `CharsetGuesser` finds, if it finds one. Other
/// undeclared or UTF-8 input is validated on the fly; bytes that are not UTF-8 are read as
/// windows-1252. A class because it owns iconv handles.
final class InputDecoder {
    private static let sniffSize = 64 * 1024
    private static let latin1Labels: Set<String> = [
        "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "us-ascii", "ascii",
        "windows-1252", "cp1252", "iso-8859-15",
    ]
    private static let utf8Labels: Set<String> = ["utf-8", "utf8", "utf-16", "utf-32", "ucs-2", "ucs-4"]

    private var sniffBuffer: [UInt8] = []
    private var decided = false
    private var tail: [UInt8] = []
    private var transcoder: IconvTranscoder?
    private lazy var fallback = IconvTranscoder(from: "WINDOWS-1252")
    private var invalidUTF8 = 0
    /// Whether the charset was guessed (the document declared none and is not UTF-8).
    private var guessed = false
    private let customGuesser: CharsetGuesser?

    /// - Parameter guesser: guesses the charset of an undeclared document that is
    ///   not UTF-8; by default the shipped one (`CharsetGuesser.shipped`), read
    ///   the first time a document needs it.
    init(guesser: CharsetGuesser? = nil) {
        customGuesser = guesser
    }

    /// The encoding the document is read as (lower case), once decided.
    private(set) var encoding = "utf-8"
    /// Problems found in the bytes (line 0: they are found before parsing).
    private(set) var diagnostics: [FeedDiagnostic] = []
    /// False when bytes had to be replaced or a label was unknown.
    var wellFormed: Bool { invalidUTF8 == 0 && (transcoder?.invalidSequences ?? 0) == 0 && !unsupported && !guessed }
    private var unsupported = false

    /// Feeds raw bytes; UTF-8 comes out through `sink`. Call with `final: true` once at the end.
    func decode(_ chunk: UnsafeRawBufferPointer, final: Bool, sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        if !decided, sniffBuffer.isEmpty, final || chunk.count >= Self.sniffSize {
            // The first chunk holds the whole sniff window: decided on the chunk itself. Copying
            // it into `sniffBuffer` copied every input read in one chunk (a file up to 256 KiB)
            // once more, in an allocation of its size.
            let skip = decide(chunk)
            try pass(UnsafeRawBufferPointer(rebasing: chunk[min(skip, chunk.count)...]), final: final, sink: sink)
        } else if !decided {
            sniffBuffer.append(contentsOf: chunk)
            guard final || sniffBuffer.count >= Self.sniffSize else { return }
            let buffered = sniffBuffer
            sniffBuffer = []
            let skip = buffered.withUnsafeBytes { decide($0) }
            try buffered.withUnsafeBytes { try pass(UnsafeRawBufferPointer(rebasing: $0[skip...]), final: final, sink: sink) }
        } else {
            try pass(chunk, final: final, sink: sink)
        }
        if final { finish() }
    }

    private func pass(_ chunk: UnsafeRawBufferPointer, final: Bool, sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        if let transcoder {
            try transcoder.convert(chunk, final: final, sink: sink)
        } else if tail.isEmpty {
            try validate(chunk, final: final, sink: sink)
        } else {
            let joined = tail + Array(chunk)
            tail = []
            try joined.withUnsafeBytes { try validate($0, final: final, sink: sink) }
        }
    }

    /// Chooses the decoding; returns the number of BOM bytes to skip.
    private func decide(_ p: UnsafeRawBufferPointer) -> Int {
        decided = true
        var sniffed = EncodingSniffer.sniff(p)
        if sniffed.unicodeForm == nil, sniffed.declared == nil, let ebcdic = Self.ebcdicDeclaration(p) {
            sniffed.declared = ebcdic
        }
        if let form = sniffed.unicodeForm, form != "utf-8" {
            useTranscoder(form.uppercased(), name: form)
            return sniffed.bomLength
        }
        if sniffed.declared == nil, sniffed.unicodeForm == nil, Self.mostlyNotUTF8(p),
           let guess = guess(p) {
            useTranscoder(guess.iconvName, name: guess.label)
            guessed = true
            diagnostics.append(FeedDiagnostic(severity: .error, line: 1, column: 0, message: """
                feeds: no encoding declared and the bytes are not UTF-8: read as \(guess.label), \
                guessed from the text (\(Int((guess.score * 100).rounded()))% of its letters are common in it)
                """))
            return 0
        }
        guard let declared = sniffed.declared, !Self.utf8Labels.contains(declared) else { return sniffed.bomLength }
        if Self.latin1Labels.contains(declared), case .valid(multiByte: true) = UTF8Validator.scan(p) {
            warn("encoding declared as \(declared) but the bytes are UTF-8; read as UTF-8")
            return sniffed.bomLength
        }
        useTranscoder(Self.iconvLabel(declared), name: declared)
        return sniffed.bomLength
    }

    /// The guessed charset of `p`, or nil (with a warning when there is no table to guess with).
    private func guess(_ p: UnsafeRawBufferPointer) -> CharsetGuesser.Guess? {
        guard let guesser = customGuesser ?? CharsetGuesser.shipped else {
            warn("no encoding declared and the bytes are not UTF-8, but the charset table is missing "
                 + "(\(CharsetGuesser.bundleName) is not beside the executable): no charset guessed")
            return nil
        }
        return guesser.guess(p)
    }

    /// Whether more bytes of `p` are not UTF-8 than begin a UTF-8 sequence of
    /// several bytes: a legacy charset, not UTF-8 with a few stray bytes (read
    /// as UTF-8, the stray bytes as windows-1252).
    static func mostlyNotUTF8(_ p: UnsafeRawBufferPointer) -> Bool {
        var invalid = 0
        var multiByte = 0
        var pos = 0
        func countLeads(_ range: Range<Int>) { for i in range where p[i] >= 0xC0 { multiByte += 1 } }
        while pos < p.count {
            switch UTF8Validator.scan(p, from: pos) {
            case .valid:
                if invalid == 0 { return false }   // the usual case: one scan at the validator's speed
                countLeads(pos..<p.count)
                pos = p.count
            case .incompleteTail(let at, _):
                if invalid == 0 { return false }
                countLeads(pos..<at)
                pos = p.count
            case .invalid(let at, _):
                countLeads(pos..<at)
                invalid += 1
                pos = at + 1
            }
        }
        return invalid > multiByte
    }

    private func useTranscoder(_ label: String, name: String) {
        if let t = IconvTranscoder(from: label) {
            transcoder = t
            encoding = name
        } else {
            unsupported = true
            diagnostics.append(FeedDiagnostic(severity: .error, line: 1, column: 0,
                                              message: "feeds: unsupported encoding \(name); read as UTF-8"))
        }
    }

    /// Labels iconv spells differently or that are better read as a superset.
    static func iconvLabel(_ declared: String) -> String {
        let label = declared.replacingOccurrences(of: "_", with: "-")
        return iconvAliases[label] ?? label
    }

    private static let iconvAliases: [String: String] = [
        "gb2312": "GB18030", "gb-2312-80": "GB18030", "x-gbk": "GB18030", "gbk": "GB18030",
        "csgb2312": "GB18030", "euc-cn": "GB18030", "x-sjis": "SHIFT_JIS", "shift-jis": "SHIFT_JIS",
        "sjis": "SHIFT_JIS", "x-euc-jp": "EUC-JP", "maccentraleurope": "MAC-CENTRALEUROPE",
        "maclatin2": "MAC-CENTRALEUROPE", "maciceland": "MAC-IS", "macroman": "MACINTOSH",
        "csibm861": "IBM861", "cp-is": "IBM861", "ibm039": "IBM037",
    ]

    /// The declared encoding of an EBCDIC document (`<?xm` in code page 037: 4C 6F A7 94).
    private static func ebcdicDeclaration(_ p: UnsafeRawBufferPointer) -> String? {
        guard p.count >= 4, p[0] == 0x4C, p[1] == 0x6F, p[2] == 0xA7, p[3] == 0x94,
              let transcoder = IconvTranscoder(from: "IBM037") else { return nil }
        var ascii: [UInt8] = []
        try? transcoder.convert(UnsafeRawBufferPointer(rebasing: p.prefix(512)), final: true) { ascii += $0 }
        return ascii.withUnsafeBytes { EncodingSniffer.declaredEncoding($0, from: 0) }
    }

    private func validate(_ p: UnsafeRawBufferPointer, final: Bool, sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        var pos = 0
        while pos < p.count {
            switch UTF8Validator.scan(p, from: pos) {
            case .valid:
                try sink(UnsafeRawBufferPointer(rebasing: p[pos...]))
                return
            case .incompleteTail(let at, _) where !final:
                try sink(UnsafeRawBufferPointer(rebasing: p[pos..<at]))
                tail = Array(p[at...])
                return
            case .incompleteTail(let at, _), .invalid(let at, _):
                try sink(UnsafeRawBufferPointer(rebasing: p[pos..<at]))
                try repair(p[at], sink: sink)
                pos = at + 1
            }
        }
    }

    /// A byte that is not UTF-8, read as windows-1252.
    private func repair(_ byte: UInt8, sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        invalidUTF8 += 1
        try [byte].withUnsafeBytes { try fallback?.convert($0, final: true, sink: sink) }
    }

    private func finish() {
        if invalidUTF8 > 0 {
            encoding = "windows-1252"
            diagnostics.append(FeedDiagnostic(severity: .error, line: 0, column: 0,
                message: "feeds: \(invalidUTF8) bytes are not UTF-8; read them as windows-1252"))
        }
        if let t = transcoder, t.invalidSequences > 0 {
            diagnostics.append(FeedDiagnostic(severity: .error, line: 0, column: 0,
                message: "feeds: \(t.invalidSequences) byte sequences invalid in \(encoding); replaced by U+FFFD"))
        }
    }

    private func warn(_ message: String) {
        diagnostics.append(FeedDiagnostic(severity: .warning, line: 1, column: 0, message: "feeds: " + message))
    }
}
