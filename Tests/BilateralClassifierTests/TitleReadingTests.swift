import Testing
@testable import BilateralClassifier

/// A feed item's text is its title, a blank line and its body, and the
/// title is also given apart: the classifier reads the title once.
@Suite("The title, read once")
struct TitleReadingTests {
    let title = "Gondor and Arnor sign an oil deal"
    let body = "Officials of Gondor met in Annuminas on Tuesday."

    func mentions(_ classification: Classification, _ code: String) -> Int? {
        classification.countries.first { $0.code == code }?.mentions
    }

    @Test func aTextThatStartsWithItsTitleReadsAsTitleAndBody() throws {
        let apart = try TestLexicon.classify(body, title: title)
        let joined = try TestLexicon.classify(title + "\n\n" + body, title: title)
        let untitled = try TestLexicon.classify(title + "\n\n" + body)
        #expect(joined == apart)
        #expect(untitled == apart)
        #expect(mentions(joined, "GO") == 2)   // title and body, once each
        #expect(mentions(joined, "AR") == 2)   // Arnor in the title, its capital in the body
        #expect(try TestLexicon.classify(title, title: title) == TestLexicon.classify(title))
        #expect(mentions(try TestLexicon.classify(title, title: title), "GO") == 1)
    }

    /// Only the title followed by a blank line (or nothing) counts as the title again: a text
    /// that says the same words and goes on in the same sentence, or a blank title, is read
    /// after the title as before.
    @Test func otherTextsAreReadAfterTheTitle() throws {
        let sameWords = title + " in Minas Tirith."
        #expect(mentions(try TestLexicon.classify(sameWords, title: title), "GO") == 3)
        #expect(mentions(try TestLexicon.classify(title + "\n" + body, title: title), "GO") == 3)
        #expect(mentions(try TestLexicon.classify(body, title: ""), "GO") == 1)
        #expect(TextAnalysis.holdsTitle(title + "\n\n" + body, title))
        #expect(TextAnalysis.holdsTitle(title, title))
        #expect(!TextAnalysis.holdsTitle(title + "\n" + body, title))
        #expect(!TextAnalysis.holdsTitle(String(title.dropLast()), title))
    }
}
