@testable import BilateralFeeds
import Testing

@Suite("UTF-8 validation in text of any script")
struct UTF8ValidatorTests {
    func scan(_ bytes: [UInt8]) -> UTF8Validator.Scan {
        bytes.withUnsafeBytes { UTF8Validator.scan($0) }
    }

    @Test("valid, cut at the end, invalid")
    func validation() {
        #expect(scan(Array("plain ascii text, long enough".utf8)) == .valid(multiByte: false))
        #expect(scan(Array("Zürich".utf8)) == .valid(multiByte: true))
        #expect(scan([0x61, 0xE2, 0x82]) == .incompleteTail(at: 1, multiByte: true))
        #expect(scan([0x61, 0xE9, 0x62]) == .invalid(at: 1, multiByte: true))
        #expect(scan([0xC0, 0x80]) == .invalid(at: 0, multiByte: true))            // overlong
        #expect(scan([0xED, 0xA0, 0x80]) == .invalid(at: 0, multiByte: true))      // surrogate
        #expect(scan([0xF4, 0x90, 0x80, 0x80]) == .invalid(at: 0, multiByte: true)) // > U+10FFFF
    }

    @Test("runs of non-Latin letters: the first bad or cut byte, wherever it is")
    func scriptRuns() {
        let russian = Array("Москва, 12 мая — «Переговоры» прошли в Анкаре и Баку. ".utf8)
        #expect(scan(russian + russian) == .valid(multiByte: true))
        #expect(scan(Array("প্রথম আলো: ঢাকায় বৈঠক".utf8)) == .valid(multiByte: true))
        // A bad continuation byte, a stray one, a cut sequence and a four-byte scalar in a Cyrillic run.
        #expect(scan(russian + [0xD0, 0x41] + russian) == .invalid(at: russian.count, multiByte: true))
        #expect(scan(russian + [0x80] + russian) == .invalid(at: russian.count, multiByte: true))
        #expect(scan(russian + [0xD0]) == .incompleteTail(at: russian.count, multiByte: true))
        #expect(scan(russian + Array("😀".utf8) + russian) == .valid(multiByte: true))
        // Whole sequences that are not UTF-8 (overlong, surrogate, above U+10FFFF), at the end
        // of the text and in the middle of a long one (checked sixteen bytes at a time).
        for bad: [UInt8] in [[0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
                             [0xF4, 0x90, 0x80, 0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xF5, 0x80, 0x80, 0x80]] {
            #expect(scan(russian + bad) == .invalid(at: russian.count, multiByte: true), "\(bad)")
            #expect(scan(russian + bad + russian) == .invalid(at: russian.count, multiByte: true), "\(bad)")
            let ascii = [UInt8](repeating: 0x61, count: 40)
            #expect(scan(ascii + bad + ascii) == .invalid(at: 40, multiByte: true), "\(bad)")
        }
        #expect(scan(russian + [0xED, 0x9F, 0xBF] + russian) == .valid(multiByte: true))
        #expect(scan(russian + [0xF4, 0x8F, 0xBF, 0xBF] + russian) == .valid(multiByte: true))
        // A non-ASCII letter after up to seven ASCII bytes of an eight-byte word.
        for ascii in 0..<20 {
            let bytes = [UInt8](repeating: 0x61, count: ascii) + [0xC3, 0xA9, 0xFF]
            #expect(scan(bytes) == .invalid(at: ascii + 2, multiByte: true), "after \(ascii) ASCII bytes")
        }
    }

    @Test("agrees with a reading of RFC 3629 on mixed random text, damaged or not")
    func matchesReference() {
        let pieces: [[UInt8]] = ["Москва ", "Zürich ", "東京 ", "বৈঠক ", "😀", ", ", "plain ascii words here, ",
                                 "\u{D7FF}", "\u{E000}", "\u{FFFD}", "ña", "\n"].map { Array($0.utf8) }
        let damage: [[UInt8]] = [[0xD0], [0x80], [0xE0, 0x80], [0xED, 0xA0], [0xF4, 0x90], [0xFF], [0xC1, 0xBF],
                                 [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xF5], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
                                 [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80]]
        var generator = SplitMix64(seed: 0x5EED)
        for round in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<generator.next(upTo: 24) {
                bytes += pieces[generator.next(upTo: pieces.count)]
            }
            if round % 2 == 1 {
                let at = generator.next(upTo: bytes.count + 1)
                bytes.insert(contentsOf: damage[generator.next(upTo: damage.count)], at: at)
            }
            let expected = Self.reference(bytes)
            #expect(scan(bytes) == expected, "round \(round): \(bytes)")
        }
    }

    /// The validator's answer computed the plain way, byte by byte, from
    /// RFC 3629's table of well-formed sequences.
    static func reference(_ bytes: [UInt8]) -> UTF8Validator.Scan {
        var index = 0
        var multiByte = false
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            multiByte = true
            let second: ClosedRange<UInt8>
            let length: Int
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE, 0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return .invalid(at: index, multiByte: true)
            }
            for offset in 1..<length {
                guard index + offset < bytes.count else { return .incompleteTail(at: index, multiByte: true) }
                let byte = bytes[index + offset]
                guard offset == 1 ? second.contains(byte) : (0x80...0xBF).contains(byte) else {
                    return .invalid(at: index, multiByte: true)
                }
            }
            index += length
        }
        return .valid(multiByte: multiByte)
    }
}
