import Foundation
import Testing
@testable import BilateralClassifier

@Suite("Dyads: which pairs an item is about")
struct DyadTests {
    @Test func pairsActorsWithACueInTheSameSentence() throws {
        let result = try TestLexicon.classify("Gondor and Arnor held talks on trade.")
        #expect(result.pairs == ["AR-GO"])
        #expect(result.topics(of: "AR-GO") == ["diplomacy", "trade"])
        #expect(result.topicIDs == ["diplomacy", "trade"])
    }

    @Test func namingTwoActorsIsNotEnough() throws {
        let result = try TestLexicon.classify("Gondor and Arnor were mentioned. Rohan sold oil at home.")
        #expect(result.pairs.isEmpty)
        #expect(result.topics.isEmpty)
        #expect(result.codes.count == 3)
    }

    @Test func jointSubjectsPairWithThePartnerOnly() throws {
        let result = try TestLexicon.classify("Both Gondor and Arnor have disputes with Mordor.")
        #expect(result.pairs == ["AR-MO", "GO-MO"])
    }

    @Test func betweenPairsEveryMember() throws {
        let result = try TestLexicon.classify("The rivalry between Gondor, Arnor, and Mordor grew.")
        #expect(result.pairs == ["AR-GO", "AR-MO", "GO-MO"])
        #expect(result.topics(of: "AR-MO") == ["geopolitics"])
    }

    @Test func cuesBindToTheNearestPair() throws {
        let result = try TestLexicon.classify("Denethor's visit to Arnor will help the axis between Arnor, Gondor, and Mordor.")
        #expect(result.topics(of: "AR-GO") == ["diplomacy", "geopolitics"])
        #expect(result.topics(of: "GO-MO") == ["geopolitics"])
        #expect(result.topics(of: "AR-MO") == ["geopolitics"])
    }

    @Test func corefSentencesAttachToTheMostRecentDyad() throws {
        let result = try TestLexicon.classify("""
            Gondor and Rohan renewed their ties. Mordor watched. The two countries agreed on gas pipelines.
            """)
        #expect(result.topics(of: "GO-RH") == ["energy"])
        let dyad = try #require(result.dyads.first)
        #expect(dyad.topics.first?.evidence == ["The two countries agreed on gas pipelines."])
    }

    @Test func corefWithoutAnEarlierDyadGivesNothing() throws {
        let result = try TestLexicon.classify("The two countries agreed on gas pipelines. Gondor and Rohan were named.")
        #expect(result.dyads.isEmpty)
    }

    @Test func territoriesRouteTerritorialCuesToTheirPair() throws {
        let result = try TestLexicon.classify("Gondor wants Arnor to back its claim of sovereignty over Ithilien.")
        #expect(result.topics(of: "GO-MO") == ["territorial-dispute"])
        #expect(result.topics(of: "AR-GO") == [])
    }

    @Test func venuesAreInNoPair() throws {
        let result = try TestLexicon.classify("At the White Council summit in Pelargir, Gondor, leaders of Gondor, Arnor and Rohan held talks.")
        #expect(result.pairs == ["AR-GO", "AR-RH", "GO-RH"])
        let list = try TestLexicon.classify("At the summit in Pelargir, Gondor, Arnor and Rohan held talks.")
        #expect(list.pairs == ["AR-RH"])
        #expect(result.codes.contains("WC"))
        let venue = try TestLexicon.classify("At the White Council summit in Pelargir, Gondor, the two countries held talks.",
                                 title: "Arnor and Rohan ties")
        #expect(!venue.pairs.contains { $0.contains("WC") })
    }

    @Test func organisationsAreDyadMembers() throws {
        let result = try TestLexicon.classify("The White Council imposed an arms sales ban on Mordor.")
        #expect(result.pairs == ["MO-WC"])
    }

    @Test func clausesScopePairs() throws {
        let result = try TestLexicon.classify("Gondor sold weapons to Arnor, while Rohan and Mordor discussed trade.")
        #expect(result.topics(of: "AR-GO") == ["defense-cooperation"])
        #expect(result.topics(of: "MO-RH") == ["trade"])
        #expect(result.topics(of: "GO-RH") == [])
    }

    @Test func titleCountsAsASentence() throws {
        let result = try TestLexicon.classify("Nothing else.", title: "Gondor and Arnor discuss oil")
        #expect(result.topics(of: "AR-GO") == ["energy"])
    }
}

@Suite("Dyads: sources, agents and places")
struct DyadRoleTests {
    @Test func aReportingSourceIsNotAParty() throws {
        let result = try TestLexicon.classify("Gondor's envoy said that Mordor sold weapons to Rohan.")
        #expect(result.pairs == ["MO-RH"])
        let two = try TestLexicon.classify("Gondor said Mordor sold weapons.")
        #expect(two.pairs == ["GO-MO"])
    }

    @Test func membersOfAnAgentGroupDoNotPairWithEachOther() throws {
        let result = try TestLexicon.classify("Mordor sold weapons to Gondor and Arnor.")
        #expect(result.pairs == ["AR-MO", "GO-MO"])
    }

    @Test func aPlaceHostingAnOrganisationVenueIsAVenue() throws {
        let result = try TestLexicon.classify("Denethor will travel to Annuminas for the White Council summit on oil.")
        #expect(result.pairs == [])
        let visit = try TestLexicon.classify("Denethor will travel to Annuminas for talks on oil.")
        #expect(visit.pairs == ["AR-GO"])
    }

    @Test func aCountryNextToAnOrganisationVenueIsAVenue() throws {
        let result = try TestLexicon.classify("Denethor met Mordor envoys in Rohan during a White Council summit to discuss oil.")
        #expect(result.pairs == ["GO-MO"])
        #expect(result.codes.contains("RH"))
    }
}

@Suite("Dyads: persons named by a demonym")
struct DyadPersonTests {
    @Test func aPersonPairsOnlyWithARelationCue() throws {
        let result = try TestLexicon.classify("Arnorian guards caught a Gondorian man smuggling oil.")
        #expect(result.pairs.isEmpty)
        #expect(result.codes == ["AR", "GO"])
        let related = try TestLexicon.classify("Arnor and Gondor discussed ties after a Gondorian man was caught smuggling oil.")
        #expect(related.pairs == ["AR-GO"])
    }
}
