import Testing
@testable import BilateralClassifier

/// The tokenizer looks words up during its scan or in a second pass, and the
/// scanner takes first trie steps one at a time or in a batch, as the size
/// of the tables says; every combination must read a text the same way.
@Suite("Lookup modes: during the scan or deferred, first steps one by one or batched")
struct LookupModeTests {
    static let text = """
        The Realm of Gondor and the North Kingdom held talks; Mr. Aragorn visited Minas Tirith's walls.
        Gondorians export grain to Arnor, while Mordor's Barad-dûr stood. The U.S. Senate met Dr. Who.
        “Rohan's trade rose 3.5 percent,” said ÅLAND and Ελλάδα. Edoras, Dale and the White Council met
        in Osgiliath but the two countries' relations between Rohan and Dale soured! Exports rose.
        """

    /// Tokens as (start, end, id, flags) and the matches of `text` under one combination.
    private struct Reading: Equatable {
        var tokens: [[Int32]]
        var spans: [[Int32]]
        var payloads: [Int32]
    }

    private func read(_ text: String, _ tables: CompiledLexicon, deferred: Bool, batched: Bool,
                      accept: (Int32, Int, Int) -> Bool) -> Reading {
        var vocabulary = tables.vocabulary
        vocabulary.forcedDeferral = deferred
        var trie = tables.trie
        trie.batchesFirstSteps = batched
        let tokens = Array(text.utf8).withUnsafeBufferPointer {
            Tokenizer.tokenize($0, vocabulary: vocabulary, segmenter: tables.segmenter)
        }
        let list = tokens.withUnsafeBufferPointer { PhraseScanner.scan($0, trie: trie, accept: accept) }
        return Reading(tokens: tokens.map { [$0.start, $0.end, $0.id, Int32($0.flags)] },
                       spans: list.spans.map { [$0.start, $0.end, $0.payloadStart, $0.payloadEnd] },
                       payloads: list.payloads)
    }

    @Test("all four combinations give the same tokens, marks and matches",
          arguments: [(false, true), (true, false), (true, true)])
    func combinationsAgree(deferred: Bool, batched: Bool) throws {
        let tables = try TestLexicon.standard().tables
        let all: (Int32, Int, Int) -> Bool = { _, _, _ in true }
        let some: (Int32, Int, Int) -> Bool = { payload, start, _ in (Int(payload) + start) % 3 != 0 }
        for accept in [all, some] {
            let reference = read(Self.text, tables, deferred: false, batched: false, accept: accept)
            #expect(read(Self.text, tables, deferred: deferred, batched: batched, accept: accept) == reference)
            // The reading is not trivial: known and unknown words, sentence
            // and clause marks, matches, and no lookup left pending.
            #expect(reference.tokens.contains { $0[2] >= 0 } && reference.tokens.contains { $0[2] < 0 })
            #expect(reference.tokens.filter { Int($0[3]) & Int(TokenFlags.sentenceStart) != 0 }.count >= 4)
            #expect(reference.tokens.allSatisfy { Int($0[3]) & Int(TokenFlags.pendingLookup) == 0 })
            #expect(reference.spans.count >= 10)
        }
        for text in ["", "a", "Gondor", "  ;\n", "Åland"] {
            #expect(read(text, tables, deferred: deferred, batched: batched, accept: all)
                == read(text, tables, deferred: false, batched: false, accept: all))
        }
    }

    @Test("a whole analysis reads the same in the deferred modes")
    func analysisAgrees() throws {
        let tables = try TestLexicon.standard().tables
        var forced = tables
        forced.vocabulary.forcedDeferral = !tables.vocabulary.defersLookups
        forced.trie.batchesFirstSteps = !tables.trie.batchesFirstSteps
        let plain = TextAnalysis(title: "Gondor and Arnor", text: Self.text, date: nil, tables: tables)
        let other = TextAnalysis(title: "Gondor and Arnor", text: Self.text, date: nil, tables: forced)
        #expect(plain.sentences == other.sentences)
        #expect(plain.mentions.map { "\($0)" } == other.mentions.map { "\($0)" })
        #expect(plain.signals.map { "\($0)" } == other.signals.map { "\($0)" })
        #expect(!plain.mentions.isEmpty && !plain.signals.isEmpty)
    }

    @Test("tables up to the bounds take the one-pass paths, larger ones the deferred ones")
    func modesFollowTableSize() throws {
        let tables = try TestLexicon.standard().tables
        #expect(!tables.vocabulary.defersLookups)
        #expect(!tables.trie.batchesFirstSteps)
        var vocabulary = Vocabulary()
        var trie = PhraseTrie()
        var id: Int32 = 0
        while vocabulary.tableBytes <= Vocabulary.inlineLookupBytes {
            id = vocabulary.intern(Array("word\(vocabulary.count)".utf8))
            trie.insert([id], payload: id)
        }
        #expect(vocabulary.defersLookups)
        trie.finish(vocabularySize: vocabulary.count)
        #expect(trie.batchesFirstSteps == (trie.firstStepBytes > PhraseTrie.batchedStepBytes))
        vocabulary.forcedDeferral = false
        #expect(!vocabulary.defersLookups)
    }

    @Test("the shipped lexicons take the one-pass paths (measured faster for them)")
    func shippedTablesTakeOnePass() throws {
        let tables = try ShippedLexiconTests.shippedLexicon().tables
        print("shipped tables: vocabulary \(tables.vocabulary.tableBytes) bytes, trie first steps \(tables.trie.firstStepBytes) bytes")
        #expect(!tables.vocabulary.defersLookups)
        #expect(!tables.trie.batchesFirstSteps)
    }
}
