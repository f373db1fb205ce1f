import Foundation
import Testing
@testable import BilateralClassifier

@Suite("Topic scores: weights, negative cues, discards, threshold")
struct TopicScoringTests {
    @Test func scoreIsOneMinusExpOfTheSummedWeights() throws {
        let result = try TestLexicon.classify("Gondor and Arnor discussed the market.")
        #expect(result.dyads.isEmpty) // 0.4: 1 - e^-0.4 = 0.33, below the threshold
        let two = try TestLexicon.classify("Gondor and Arnor discussed the market. Gondor and Arnor opened a market.")
        let trade = try #require(two.dyads.first?.topics.first)
        #expect(trade.id == "trade")
        #expect(trade.score == ScoringPolicy.score(0.8))
        #expect(abs(trade.score - (1 - exp(-0.8))) < 0.001)
        #expect(ScoringPolicy.threshold == 0.5)
    }

    @Test func eachPhraseCountsOncePerSentence() throws {
        let result = try TestLexicon.classify("Gondor and Arnor opened a market, a market, a market.")
        #expect(result.dyads.isEmpty)
    }

    @Test func negativeCuesLowerTheScore() throws {
        #expect(try TestLexicon.classify("Gondor and Arnor fought over trade.").pairs == ["AR-GO"])
        #expect(try TestLexicon.classify("Gondor and Arnor fought over trade on the black market.").pairs.isEmpty)
    }

    @Test func zeroWeightCuesDiscardTheShorterCue() throws {
        #expect(try TestLexicon.classify("Gondor gave Arnor an oil painting.").dyads.isEmpty)
        #expect(try TestLexicon.classify("Gondor gave Arnor oil.").topics(of: "AR-GO") == ["energy"])
    }

    @Test func sentenceDiscardDropsTheSentence() throws {
        let result = try TestLexicon.classify("Rumour has it that Gondor sells oil to Arnor. Gondor and Rohan held talks.")
        #expect(result.pairs == ["GO-RH"])
        #expect(result.codes.contains("AR"))
    }

    @Test func itemDiscardDropsAllTopicsButKeepsCountries() throws {
        let result = try TestLexicon.classify("Gondor beat Arnor at football. Gondor and Arnor held talks.")
        #expect(result.dyads.isEmpty)
        #expect(result.topics.isEmpty)
        #expect(result.codes == ["GO", "AR"])
    }

    @Test func internationalOneActorSentencesGiveItemTopics() throws {
        let result = try TestLexicon.classify("Gondor became a top exporter of weapons abroad.")
        #expect(result.dyads.isEmpty)
        #expect(result.topicIDs == ["defense-cooperation"])
    }

    @Test func domesticNewsGetsNoTopic() throws {
        let result = try TestLexicon.classify("Gondor opened an oil refinery and a gas pipeline at home.")
        #expect(result.codes == ["GO"])
        #expect(result.topics.isEmpty)
    }

    @Test func evidenceIsAtMostThreeSentencesInTextOrder() throws {
        let result = try TestLexicon.classify("""
            Gondor and Arnor traded oil. Gondor and Arnor built a pipeline. Gondor and Arnor sold gas.
            Gondor and Arnor sold oil and gas through a pipeline.
            """)
        let energy = try #require(result.dyads.first?.topics.first { $0.id == "energy" })
        // The strongest three (the last sentence, then the earliest of the ties), in text order.
        #expect(energy.evidence == [
            "Gondor and Arnor traded oil.", "Gondor and Arnor built a pipeline.",
            "Gondor and Arnor sold oil and gas through a pipeline.",
        ])
        #expect(energy.evidence.last == "Gondor and Arnor sold oil and gas through a pipeline.")
    }

    @Test func explanationsListTheCuesOfEachDyadTopic() throws {
        let explanation = try TestLexicon.classifier().explain(
            title: nil, text: "Gondor and Arnor held talks on oil.", date: nil)
        let energy = try #require(explanation.cues.first { $0.pair == "AR-GO" && $0.topic == "energy" })
        #expect(energy.phrases == ["oil (0.8)"])
        #expect(explanation.matches.map(\.meaning).contains("actor GO (name)"))
        #expect(explanation.matches.first { $0.text == "talks" }?.meaning == "cue diplomacy 0.8")
    }
}

@Suite("Degenerate inputs")
struct DegenerateInputTests {
    @Test func emptyTextAndEmptyLexicon() throws {
        #expect(try TestLexicon.classify("") == Classification())
        #expect(try TestLexicon.classify("", title: "") == Classification())
        let empty = try Lexicon.load(directories: [])
        let result = Classifier(lexicon: empty).classify(title: "Gondor", text: "Gondor and Arnor traded oil.", date: nil)
        #expect(result == Classification())
        #expect(PhraseMatcher(phrases: []).countMatches(in: "") == 0)
    }

    @Test func punctuationAndNonLatinTextOnly() throws {
        #expect(try TestLexicon.classify("… — !!! «» ??? 北京 Москва 123.").countries.isEmpty)
    }
}
