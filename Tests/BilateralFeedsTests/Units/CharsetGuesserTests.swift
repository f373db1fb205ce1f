import Foundation
import Testing
@testable import BilateralFeeds

/// The charset guesser on a small table of its own (so that editing the
/// shipped one does not break these), and the shipped table's loading.
/// The fixtures of `Fixtures/guessed/` check the shipped table end to end.
@Suite struct CharsetGuesserTests {
    static let table = """
        # a comment, then a blank line

        candidate\twindows-1252\tWINDOWS-1252\tsingle\tFrench
        candidate\twindows-1251\tWINDOWS-1251\tsingle\tRussian
        candidate\tkoi8-r\tKOI8-R\tsingle\tRussian
        candidate\teuc-kr\tEUC-KR\tmulti\tKorean
        letters\tFrench\teasnitrluodcpmévgfbhqàxèyj
        letters\tRussian\tоеаинтсрвлкмдпугяызбйьчхжц
        letters\tKorean\t이다에의는로하을가고지서한은기으년대사시를리도인스일
        """

    static func bytes(_ text: String, _ charset: String) -> [UInt8] {
        let encoding: String.Encoding = switch charset {
        case "cp1251": .windowsCP1251
        case "cp1252": .windowsCP1252
        default: .utf8
        }
        return Array(text.data(using: encoding)!)
    }

    @Test func russianInWindows1251IsGuessedAndFrenchIsLeftToWindows1252() throws {
        let guesser = try CharsetGuesser(tsv: Self.table)
        let russian = Self.bytes("<t>Министр иностранных дел провёл переговоры в Пекине о поставках газа</t>", "cp1251")
        #expect(russian.withUnsafeBytes { guesser.guess($0) }?.label == "windows-1251")
        let french = Self.bytes("<t>Les ministres se sont réunis à Paris pour évoquer la sécurité européenne</t>", "cp1252")
        #expect(french.withUnsafeBytes { guesser.guess($0) } == nil)
    }

    /// KOI8-R bytes read as windows-1251 give letters of the wrong case: the share falls.
    @Test func koi8rIsToldFromWindows1251ByCase() throws {
        let guesser = try CharsetGuesser(tsv: Self.table)
        // "переговоры в москве завершились без соглашения" in KOI8-R.
        let koi8: [UInt8] = [0xD0, 0xC5, 0xD2, 0xC5, 0xC7, 0xCF, 0xD7, 0xCF, 0xD2, 0xD9, 0x20, 0xD7, 0x20, 0xCD, 0xCF,
                             0xD3, 0xCB, 0xD7, 0xC5, 0x20, 0xDA, 0xC1, 0xD7, 0xC5, 0xD2, 0xDB, 0xC9, 0xCC, 0xC9, 0xD3, 0xD8]
        let guess = koi8.withUnsafeBytes { guesser.guess($0) }
        #expect(guess?.label == "koi8-r")
        let asWindows1251 = try #require(koi8.withUnsafeBytes { guesser.score($0, as: guesser.candidates[1]) })
        #expect(asWindows1251.0 < 0.2 && (guess?.score ?? 0) > 0.8)
    }

    /// Western text read as Cyrillic keeps Cyrillic letters inside Latin words (`simulaзхes`): out.
    @Test func lettersInsideLatinWordsRuleOutAnotherScript() throws {
        let guesser = try CharsetGuesser(tsv: Self.table)
        let portuguese = Self.bytes("<t>simulações de turno; inquérito; Pré Aprendiz; ação; informações</t>", "cp1252")
        #expect(portuguese.withUnsafeBytes { guesser.score($0, as: guesser.candidates[1]) } == nil)
        #expect(portuguese.withUnsafeBytes { guesser.guess($0) } == nil)
    }

    /// Only the words with a byte above 0x7F are decoded, each once, cut at blanks, `<` and `>`.
    @Test func onlyWordsWithHighBytesAreLookedAt() {
        let bytes = Self.bytes("<t a=\"1\">abc déf ghi</t>\nx<b>ü", "cp1252")
        let words = bytes.withUnsafeBytes { CharsetGuesser.nonASCIIWords($0) }
        #expect(words == Self.bytes("déf ü", "cp1252"))
        #expect(Array("<a>b c</a>".utf8).withUnsafeBytes { CharsetGuesser.nonASCIIWords($0) }.isEmpty)
    }

    @Test func tooFewLettersGiveNoGuess() throws {
        let guesser = try CharsetGuesser(tsv: Self.table)
        #expect(Self.bytes("<t>Мир</t>", "cp1251").withUnsafeBytes { guesser.guess($0) } == nil)
    }

    @Test func aBadRecordIsRefusedWithItsLine() {
        let error = #expect(throws: FeedError.self) { try CharsetGuesser(tsv: "letters\tFrench\tab\ncandidate\tx\tX\tsingle") }
        #expect(error?.line == 2 && error?.code == .invalidData)
        #expect(throws: FeedError.self) { try CharsetGuesser(tsv: "candidate\tx\tX\tsingle\tKlingon") }
        #expect(throws: FeedError.self) { try CharsetGuesser(tsv: "candidate\tx\tX\tdouble\tFrench\nletters\tFrench\tab") }
    }

    @Test func theShippedTableLoads() throws {
        let shipped = try #require(CharsetGuesser.shipped)
        #expect(shipped.candidates.count >= 16)
        #expect(shipped.candidates.first?.label == "windows-1252")
        #expect(shipped.candidates.allSatisfy { IconvTranscoder(from: $0.iconvName) != nil })
        #expect(shipped.candidates.filter(\.multiByte).map(\.label).sorted() == ["big5", "euc-jp", "euc-kr", "gb2312", "shift_jis"])
    }

    /// A document in UTF-8 with a few stray bytes is not guessed: read as UTF-8, the stray bytes as windows-1252.
    @Test func utf8WithStrayBytesIsNotALegacyCharset() {
        var bytes = Array("<t>Пекин и Москва: переговоры о газе</t>".utf8)
        bytes.insert(0xE9, at: 5)
        #expect(!bytes.withUnsafeBytes { InputDecoder.mostlyNotUTF8($0) })
        #expect(Self.bytes("<t>Пекин и Москва</t>", "cp1251").withUnsafeBytes { InputDecoder.mostlyNotUTF8($0) })
    }
}
