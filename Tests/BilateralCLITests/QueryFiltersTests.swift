@testable import bilateral
import ArgumentParser
import BilateralClassifier
import BilateralStore
import Testing

/// `query`'s --topic, --country and --pair: a topic id in any case, codes the lexicons or the
/// database know, and an error naming what is wrong (with the topic ids, or the code of a
/// country given by name) for anything else, instead of an empty result read as "no news".
@Suite struct QueryFiltersTests {
    static let lexicon = Result { try Lexicon.load(directories: [DaemonHarness.lexicon]) }
    static let stored = StoredKeyNames(topics: ["energy", "trade"], codes: ["GO", "RH"], pairs: ["GO-RH"])

    static func vocabulary(lexicon: Bool = true) throws -> QueryFilters.Vocabulary {
        QueryFilters.Vocabulary(stored: stored, lexicon: lexicon ? try Self.lexicon.get() : nil)
    }

    static func message(_ filters: QueryFilters, lexicon: Bool = true) throws -> String {
        do {
            _ = try filters.resolved(in: try vocabulary(lexicon: lexicon))
        } catch let error as ValidationError {
            return error.message
        }
        Issue.record("\(filters) was accepted")
        return ""
    }

    @Test func aTopicIdInAnyCase() throws {
        for given in ["energy", "Energy", "ENERGY"] {
            #expect(try QueryFilters(topic: given, pair: nil, country: nil).resolved(in: Self.vocabulary()).topic == "energy")
        }
        // Defined by the lexicons, no stored item has it: a topic all the same.
        #expect(try QueryFilters(topic: "Sanctions", pair: nil, country: nil).resolved(in: Self.vocabulary()).topic == "sanctions")
        // Stored only (older lexicons): known too.
        #expect(try QueryFilters(topic: "TRADE", pair: nil, country: nil).resolved(in: Self.vocabulary(lexicon: false)).topic == "trade")
    }

    @Test func anUnknownTopicListsTheTopicIds() throws {
        let message = try Self.message(QueryFilters(topic: "nosuchtopic", pair: nil, country: nil))
        #expect(message.contains("--topic 'nosuchtopic' is not a topic id"), "\(message)")
        #expect(message.contains("trade, energy, sanctions"), "\(message)")
    }

    @Test func codesTheLexiconsOrTheDatabaseKnow() throws {
        let vocabulary = try Self.vocabulary()
        #expect(try QueryFilters(topic: nil, pair: nil, country: "go").resolved(in: vocabulary).country == "GO")
        // No stored item mentions it, the lexicon declares it: an empty result, not an error.
        #expect(try QueryFilters(topic: nil, pair: nil, country: "AR").resolved(in: vocabulary).country == "AR")
        #expect(try QueryFilters(topic: nil, pair: "rh-go", country: nil).resolved(in: vocabulary).pair == "GO-RH")
        #expect(try QueryFilters(topic: nil, pair: "RH-AR", country: nil).resolved(in: vocabulary).pair == "AR-RH")
        #expect(try QueryFilters(topic: nil, pair: "go-rh", country: nil).resolved(in: Self.vocabulary(lexicon: false)).pair == "GO-RH")
    }

    @Test func aNameInsteadOfACodeSuggestsTheCode() throws {
        let byName = try Self.message(QueryFilters(topic: nil, pair: nil, country: "Gondor"))
        #expect(byName.contains("--country 'Gondor' is not a country or organisation code"), "\(byName)")
        #expect(byName.hasSuffix("did you mean GO?"), "\(byName)")
        // An alias the classifier reads: the capital stands for the country.
        #expect(try Self.message(QueryFilters(topic: nil, pair: nil, country: "Minas Tirith")).hasSuffix("did you mean GO?"))
        let pair = try Self.message(QueryFilters(topic: nil, pair: "Rohan-Gondor", country: nil))
        #expect(pair.contains("--pair 'Rohan-Gondor': 'Rohan' is not a country or organisation code"), "\(pair)")
        #expect(pair.hasSuffix("did you mean GO-RH?"), "\(pair)")
    }

    @Test func anUnknownCodeSaysWhatACodeIs() throws {
        let country = try Self.message(QueryFilters(topic: nil, pair: nil, country: "XX"))
        #expect(country.contains("--country 'XX' is not a country or organisation code the lexicons know"), "\(country)")
        #expect(country.contains("ISO 3166-1 alpha-2"), "\(country)")
        let pair = try Self.message(QueryFilters(topic: nil, pair: "GO-XX", country: nil))
        #expect(pair.contains("--pair 'GO-XX': 'XX' is not"), "\(pair)")
        // Without the lexicons, a code no stored item has is not known either.
        #expect(try Self.message(QueryFilters(topic: nil, pair: nil, country: "AR"), lexicon: false).contains("'AR'"))
    }
}
