@testable import BilateralClassifier
import Testing

@Suite("the table of word and upper-case scalars")
struct ScalarClassesTests {
    @Test("every scalar of the Basic Multilingual Plane reads as the Unicode properties say")
    func tableMatchesProperties() {
        let classes = ScalarClasses.shared
        var mismatches: [UInt32] = []
        for value in UInt32(0x80)..<ScalarClasses.tableEnd where !(0xD800..<0xE000).contains(value) {
            if UTF8Scalar.isWord(value, classes) != UTF8Scalar.isWordByProperties(value)
                || UTF8Scalar.isUpper(value, classes) != UTF8Scalar.isUpperByProperties(value) {
                mismatches.append(value)
            }
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(10).map { String($0, radix: 16) })")
    }

    @Test("letters of several scripts are words, punctuation is not, capitals are upper case")
    func examples() {
        let classes = ScalarClasses.shared
        for letter in ["ж", "Ж", "é", "ß", "ক", "東", "ا", "ـ", "٣", "\u{0301}"] {
            #expect(UTF8Scalar.isWord(letter.unicodeScalars.first!.value, classes), "\(letter)")
        }
        for separator in ["—", "«", "»", "\u{00A0}", "“", "×", "।", "、"] {
            #expect(!UTF8Scalar.isWord(separator.unicodeScalars.first!.value, classes), "\(separator)")
        }
        #expect(UTF8Scalar.isUpper(("Ж" as Unicode.Scalar).value, classes))
        #expect(UTF8Scalar.isUpper(("ǅ" as Unicode.Scalar).value, classes)) // title case
        #expect(!UTF8Scalar.isUpper(("ж" as Unicode.Scalar).value, classes))
        #expect(UTF8Scalar.isWord(0x1D400, classes)) // 𝐀, above the table: from the properties
        #expect(UTF8Scalar.isUpper(0x1D400, classes))
    }
}
