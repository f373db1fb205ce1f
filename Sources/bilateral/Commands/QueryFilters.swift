import ArgumentParser
import BilateralClassifier
import BilateralStore
import Foundation

/// `query`'s --topic, --country and --pair, checked against what they may name and made
/// canonical: a topic id matched without regard to case (`Energy` is `energy`), codes in
/// capitals, a pair's codes sorted. A value nothing knows is an error that says so (an
/// unknown filter would otherwise read as "no news"), with the topic ids, or the code of a
/// country named instead of coded (`--country Russia`: did you mean RU?).
struct QueryFilters: Equatable {
    var topic: String?
    var pair: String?
    var country: String?

    /// What the filters may name: the topics and actors of the lexicons, and the keys of the
    /// stored classifications (which may come from older lexicons).
    struct Vocabulary {
        /// Topic ids, in the order `bilateral topics` lists them (lexicon order, then stored).
        var topics: [String] = []
        var codes: Set<String> = []
        /// Pairs known as such, beyond the pairs of two known codes (stored ones).
        var pairs: Set<String> = []
        /// The code of a country or organisation named in words (`Russia` -> `RU`), if any.
        var suggestCode: (String) -> String? = { _ in nil }

        init(stored: StoredKeyNames, lexicon: Lexicon? = nil) {
            var topics: [String] = []
            if let lexicon {
                topics = lexicon.topicDefinitions.map(\.id)
                codes = Set(lexicon.actorDefinitions.map(\.code))
                suggestCode = Self.suggester(lexicon)
            }
            self.topics = topics + stored.topics.subtracting(topics).sorted()
            codes.formUnion(stored.codes)
            pairs = stored.pairs
        }

        /// A code for a name: an actor's display name (case and accents aside), else what
        /// the classifier reads in the words (aliases in every language: `Russland`).
        static func suggester(_ lexicon: Lexicon) -> (String) -> String? {
            let actors = lexicon.actorDefinitions
            return { words in
                let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
                if let actor = actors.first(where: { $0.name.compare(words, options: options) == .orderedSame }) {
                    return actor.code
                }
                let read = Classifier(lexicon: lexicon).classify(title: nil, text: words, date: nil)
                return read.countries.count == 1 ? read.countries[0].code : nil
            }
        }
    }

    /// The filters as given on the command line, not checked.
    init(topic: String?, pair: String?, country: String?) {
        self.topic = topic
        self.pair = pair
        self.country = country
    }

    /// The filters checked against `vocabulary` and made canonical.
    /// - Throws: `ValidationError` naming the value that is not known, and what is.
    func resolved(in vocabulary: Vocabulary) throws -> QueryFilters {
        var resolved = QueryFilters(topic: nil, pair: nil, country: nil)
        if let topic {
            guard let id = vocabulary.topics.first(where: { $0.lowercased() == topic.lowercased() }) else {
                throw ValidationError("--topic '\(topic)' is not a topic id; the topic ids are "
                    + "\(vocabulary.topics.joined(separator: ", ")) (bilateral topics lists them with their labels)")
            }
            resolved.topic = id
        }
        if let country {
            let code = country.uppercased()
            guard vocabulary.codes.contains(code) else {
                throw ValidationError("--country '\(country)' \(Self.notACode)"
                    + (vocabulary.suggestCode(country).map { "; did you mean \($0)?" } ?? Self.codeHelp))
            }
            resolved.country = code
        }
        if let pair {
            let sides = pair.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            let sorted = sides.map { $0.uppercased() }.sorted().joined(separator: "-")
            if !vocabulary.pairs.contains(sorted),
               let unknown = sides.first(where: { !vocabulary.codes.contains($0.uppercased()) }) {
                let codes = sides.map { vocabulary.codes.contains($0.uppercased()) ? $0.uppercased() : vocabulary.suggestCode($0) }
                let hint = codes.allSatisfy { $0 != nil }
                    ? "; did you mean \(codes.compactMap { $0 }.sorted().joined(separator: "-"))?" : Self.codeHelp
                throw ValidationError("--pair '\(pair)': '\(unknown)' \(Self.notACode)\(hint)")
            }
            resolved.pair = sorted
        }
        return resolved
    }

    private static let notACode = "is not a country or organisation code the lexicons know"
    private static let codeHelp = " (ISO 3166-1 alpha-2 such as RU, or an organisation code such as EU or NATO; "
        + "bilateral topics --countries lists the stored ones)"
}
