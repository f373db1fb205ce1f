import Foundation
import Testing
@testable import BilateralClassifier

@Suite("Actor mentions: aliases, dates, rules, blocks, case flags")
struct ActorResolutionTests {
    private func codes(_ text: String, date: Date? = nil) throws -> [String] {
        try TestLexicon.classifier().classify(title: nil, text: text, date: date).codes
    }

    @Test func countsMentionsMostMentionedFirst() throws {
        let result = try TestLexicon.classifier().classify(
            title: "Arnor news", text: "Gondorians met in Minas Tirith. Arnor's envoy and the Arnorians left.", date: nil)
        #expect(result.countries == [
            ActorMention(code: "AR", name: "Arnor", mentions: 3),
            ActorMention(code: "GO", name: "Gondor", mentions: 2),
        ])
    }

    @Test func datedAliasesFollowTheItemDate() throws {
        #expect(try codes("Denethor spoke.", date: TestLexicon.date("2005-06-01")) == ["GO"])
        #expect(try codes("Denethor spoke.", date: TestLexicon.date("2015-06-01")) == [])
        #expect(try codes("Aragorn spoke.", date: TestLexicon.date("2010-12-31")) == ["AR"])
        #expect(try codes("Aragorn spoke.", date: TestLexicon.date("2011-01-01")) == ["GO"])
    }

    @Test func undatedItemsMatchEveryDatedAlias() throws {
        #expect(try codes("Denethor spoke.") == ["GO"])
        #expect(try codes("King Elessar spoke.") == ["GO"])
    }

    @Test func inItemRule() throws {
        #expect(try codes("Riders crossed the Westfold.") == ["RH"])
        #expect(try codes("Riders crossed the Westfold. They camped near Weathertop.") == ["AR"])
    }

    @Test func inSentenceRule() throws {
        #expect(try codes("Mordor is a board game.") == [])
        #expect(try codes("Mordor armed. It is not a board game.") == ["MO"])
    }

    @Test func beforeAndAfterRules() throws {
        #expect(try codes("The cartoon chip and Dale aired.") == [])
        #expect(try codes("Rohan kapoor sang.") == [])
        #expect(try codes("Rohan sang.") == ["RH"])
    }

    @Test func capitalisationRules() throws {
        #expect(try codes("They met Jim Dale yesterday.") == [])
        #expect(try codes("They met Dale Winton yesterday.") == [])
        #expect(try codes("Dale signed a treaty.") == ["DA"])
        #expect(try codes("Troops entered Dale today.") == ["DA"])
    }

    @Test func caseFlags() throws {
        #expect(try codes("A dale in the hills.") == [])
        #expect(try codes("The GDR voted.") == ["GO"])
        #expect(try codes("The gdr voted.") == [])
        #expect(try codes("Riders left Edoras.") == ["RH"])
        #expect(try codes("Riders left edoras.") == [])
    }

    @Test func blocksShadowShorterNames() throws {
        #expect(try codes("They live on Gondor Street near the Sea of Rhun.") == [])
        #expect(try codes("They live in Gondor.") == ["GO"])
    }

    @Test func territoriesAreNotMentions() throws {
        #expect(try codes("Ithilien was quiet.") == [])
    }

    @Test func diacriticsInTheTextMatchPlainPhrases() throws {
        #expect(try codes("Barad-dur and BARAD-DÛR and Barad-dûr.") == ["MO"])
    }
}
