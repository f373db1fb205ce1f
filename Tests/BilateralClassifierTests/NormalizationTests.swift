import Testing
@testable import BilateralClassifier

@Suite("Normalisation of text and phrases")
struct NormalizationTests {
    private func words(_ text: String) -> [String] {
        Tokenizer.words(of: text).map { String(decoding: $0.normalized, as: UTF8.self) }
    }

    @Test func lowerCasesAndSplitsOnPunctuation() {
        #expect(words("Russia-China relations, geo-political!") == ["russia", "china", "relations", "geo", "political"])
        #expect(words("Senkaku/Diaoyu") == ["senkaku", "diaoyu"])
    }

    @Test func removesDiacriticsAndFoldsSpecialLetters() {
        #expect(words("Türkiye São Tomé") == ["turkiye", "sao", "tome"])
        #expect(words("Straße Ærø Łódź") == ["strasse", "aero", "lodz"])
        #expect(words("BARAD-DÛR") == ["barad", "dur"])
    }

    @Test func dropsPossessives() {
        #expect(words("Russia's plan") == ["russia", "plan"])
        #expect(words("China’s plan") == ["china", "plan"])
        #expect(words("the countries’ plans") == ["the", "countries", "plans"])
        #expect(words("Gondor'sword") == ["gondor", "sword"])
    }

    @Test func keepsInitialismsAsOneWord() {
        #expect(words("the U.S. and U.N.") == ["the", "u.s", "and", "u.n"])
        #expect(words("U.S.A. talks") == ["u.s.a", "talks"])
        #expect(words("U.S.-China") == ["u.s", "china"])
        #expect(words("e.g") == ["e.g"])
        #expect(words("A. Smith") == ["a", "smith"])
    }

    @Test func recordsCapitalisation() {
        let flags = Tokenizer.words(of: "Edoras edoras Übel").map(\.capitalized)
        #expect(flags == [true, false, true])
    }
}

@Suite("Phrase matcher: whole words, longest match")
struct PhraseMatcherTests {
    @Test func matchesWholeWordsOnly() {
        let matcher = PhraseMatcher(phrases: ["Niger", "gas"])
        #expect(matcher.countMatches(in: "Nigeria and gasoline") == 0)
        #expect(matcher.countMatches(in: "Niger, gas.") == 2)
    }

    @Test func longestMatchWins() {
        let phrases = ["China", "Republic of China", "People's Republic of China", "oil", "oil painting"]
        let matcher = PhraseMatcher(phrases: phrases)
        let text = "The People's Republic of China sold an oil painting and oil."
        let found = matcher.matches(in: text).map { phrases[$0.phrase] }
        #expect(found == ["People's Republic of China", "oil painting", "oil"])
    }

    @Test func fallsBackToShorterPhraseWhenLongerIsIncomplete() {
        let phrases = ["East China Sea", "China"]
        let matcher = PhraseMatcher(phrases: phrases)
        let found = matcher.matches(in: "East China said").map { phrases[$0.phrase] }
        #expect(found == ["China"])
    }

    @Test func reportsByteRanges() {
        let matcher = PhraseMatcher(phrases: ["São Tomé"])
        let text = "In Sao Tome today"
        let match = matcher.matches(in: text).first
        #expect(match?.bytes == 3..<11)
    }

    @Test func doesNotMatchAcrossSentences() {
        let matcher = PhraseMatcher(phrases: ["gas pipeline"])
        #expect(matcher.countMatches(in: "They sold gas. Pipeline works start.") == 0)
        #expect(matcher.countMatches(in: "They sold gas pipeline parts.") == 1)
    }
}
