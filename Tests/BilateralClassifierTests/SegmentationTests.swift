import Testing
@testable import BilateralClassifier

@Suite("Sentences and clauses")
struct SegmentationTests {
    private func sentences(_ text: String) throws -> [String] {
        let lexicon = try TestLexicon.standard()
        let analysis = TextAnalysis(title: nil, text: text, date: nil, tables: lexicon.tables)
        return analysis.sentences.indices.map(analysis.sentenceText)
    }

    @Test func splitsAtTerminalMarksBeforeCapitals() throws {
        #expect(try sentences("Gondor grew. Arnor fell! Why? Because.") == ["Gondor grew.", "Arnor fell!", "Why?", "Because."])
    }

    @Test func keepsInitialismsAndAbbreviations() throws {
        #expect(try sentences("The U.S. Senate met Mr. Frodo and Dr. Who. Then it ended.")
            == ["The U.S. Senate met Mr. Frodo and Dr. Who.", "Then it ended."])
    }

    @Test func splitsAtLineBreaksAndQuotesButNotInNumbers() throws {
        #expect(try sentences("Trade rose 3.5 percent. \"Good,\" he said\nNext line") == [
            "Trade rose 3.5 percent.", "\"Good,\" he said", "Next line",
        ])
        #expect(try sentences("It rose. 2013 was good.") == ["It rose.", "2013 was good."])
    }

    @Test func doesNotSplitBeforeLowerCase() throws {
        #expect(try sentences("See p. twelve of it.") == ["See p. twelve of it."])
    }

    /// A run of words with no sentence end is read in pieces of `maxSentenceWords`, each
    /// piece a sentence and a clause of its own; sentences that end are not moved.
    @Test func cutsRunsOfWordsLongerThanTheLimit() throws {
        let limit = Segmenter.maxSentenceWords
        let lexicon = try TestLexicon.standard()
        let words = (0..<(2 * limit + 7)).map { "w\($0)" }
        let text = "Short one.\n" + words.joined(separator: " ") + "\nLast one."
        let analysis = TextAnalysis(title: nil, text: text, date: nil, tables: lexicon.tables)
        #expect(analysis.sentences.map(\.count) == [2, limit, limit, 7, 2])
        for range in analysis.sentences {
            #expect(analysis.tokens[range.lowerBound].has(TokenFlags.sentenceStart))
            #expect(analysis.tokens[range.lowerBound].has(TokenFlags.clauseStart))
        }
        #expect(analysis.sentenceText(2).hasPrefix("w\(limit) w\(limit + 1) "))
        #expect(try sentences(Array(repeating: "word", count: limit).joined(separator: " ")).count == 1)
    }

    /// Pairs are formed inside a piece: actors named in a long unpunctuated run pair with
    /// their neighbours, never across a cut, and the item is read whole.
    @Test func pairsInsideThePiecesOfALongRun() throws {
        let limit = Segmenter.maxSentenceWords
        let filler = Array(repeating: "and so on", count: limit / 3).joined(separator: " ")
        let result = try TestLexicon.classify("Gondor and Arnor held talks on trade " + filler + " Rohan and Mordor held talks")
        #expect(result.pairs == ["AR-GO", "MO-RH"])
        let repeated = try TestLexicon.classify(String(repeating: "Gondor Arnor trade ", count: 3 * limit))
        #expect(repeated.pairs == ["AR-GO"])
    }

    @Test func marksClausesAtSemicolonsAndClauseWords() throws {
        let lexicon = try TestLexicon.standard()
        let analysis = TextAnalysis(title: nil, text: "Gondor rose; Arnor fell while Rohan waited but nothing.",
                                    date: nil, tables: lexicon.tables)
        let starts = analysis.tokens.indices.filter { analysis.tokens[$0].has(TokenFlags.clauseStart) }
        #expect(starts.map { analysis.text($0, $0 + 1) } == ["Gondor", "Arnor", "while", "but"])
    }
}

@Suite("Evidence sentence text")
struct EvidenceTextTests {
    /// A sentence's opening quote or parenthesis is its own, not the end of the one before;
    /// one it does not close is left out.
    @Test func keepsTheOpeningMarkASentenceClosesAndTrimsBlanks() throws {
        let lexicon = try TestLexicon.standard()
        let text = "He said \"yes.\" “Next one.” (Third.) [Fourth.] ‘Fifth.’ (VOV) – Sixth. (Open. Last \"never closed"
        let analysis = TextAnalysis(title: nil, text: text, date: nil, tables: lexicon.tables)
        #expect(analysis.sentences.indices.map(analysis.sentenceText) == [
            "He said \"yes.\"", "“Next one.”", "(Third.)", "[Fourth.]", "‘Fifth.’", "(VOV) – Sixth.", "Open.",
            "Last \"never closed",
        ])
    }

    /// The binary search that replaced a table of every word's sentence
    /// agrees with a linear search at every word, sentence edges included.
    @Test func sentenceOfEveryWordByBinarySearch() throws {
        let lexicon = try TestLexicon.standard()
        let text = "One. Two words here. A third sentence is longer than the others!\nFour\nFive six. Seven."
        let analysis = TextAnalysis(title: "The title", text: text, date: nil, tables: lexicon.tables)
        #expect(analysis.sentences.count == 7)
        for token in analysis.tokens.indices {
            #expect(analysis.sentence(of: token) == analysis.sentences.firstIndex { $0.contains(token) })
        }
        #expect(Segmenter.sentence(containing: 0, in: [0..<4]) == 0)
        #expect(Segmenter.sentence(containing: 3, in: [0..<1, 1..<2, 2..<3, 3..<9]) == 3)
    }

    /// The word flags are two bits per id packed 32 ids to a 64-bit word:
    /// every id of a vocabulary spanning several words reads its own bits.
    @Test func wordFlagsOfEveryIdAcrossPackedWords() {
        let abbreviations: Set<Int32> = [0, 31, 32, 40, 99]
        let clauseWords: Set<Int32> = [1, 40, 63, 64, 98]
        let segmenter = Segmenter(abbreviations: abbreviations, clauseWords: clauseWords, vocabularySize: 100)
        segmenter.withMarker { marker in
            for id in Int32(-1)...Int32(130) {
                // A capitalised word after a terminal mark starts a sentence unless the word before is an abbreviation.
                var next = Token(start: 0, end: 1, id: -1, flags: TokenFlags.gapTerminal | TokenFlags.capitalized)
                marker.mark(&next, after: Token(start: 0, end: 1, id: id, flags: 0))
                #expect(next.has(TokenFlags.sentenceStart) == !abbreviations.contains(id), "abbreviation \(id)")
                // A clause word starts a clause.
                var word = Token(start: 0, end: 1, id: id, flags: 0)
                marker.mark(&word, after: Token(start: 0, end: 1, id: -1, flags: 0))
                #expect(word.has(TokenFlags.clauseStart) == clauseWords.contains(id), "clause word \(id)")
                #expect(!word.has(TokenFlags.sentenceStart))
            }
        }
    }
}
