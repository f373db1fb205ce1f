/// Whether an actor is a country or an international organisation.
public enum ActorKind: String, Sendable, Hashable, Codable {
    case country
    case org
}

/// What an alias phrase is, as FORMAT.md's role table says.
public enum AliasRole: String, Sendable, Hashable, Codable, CaseIterable {
    case name, demonym, capital, seat, place, leader, minister, body, company, member
}

/// Scope of a `discard` record.
public enum DiscardScope: String, Sendable, Hashable, Codable {
    case sentence
    case item
}

/// Condition of a `rule` record.
enum RuleCondition: String, Sendable, Hashable, CaseIterable {
    case inSentence = "in-sentence"
    case inItem = "in-item"
    case before
    case after
    case prevCapitalized = "prev-capitalized"
    case nextCapitalized = "next-capitalized"

    var takesPhrases: Bool { self != .prevCapitalized && self != .nextCapitalized }
}

/// How a phrase must be capitalised in the text (`=` and `^` of FORMAT.md).
enum CaseMode: Sendable, Hashable {
    case any
    case exact
    case capitalized
}

/// An inclusive range of days since 1970-01-01 (open ends are `Int32.min`/`max`).
struct DayRange: Sendable, Hashable {
    var from: Int32
    var to: Int32

    func contains(_ day: Int32) -> Bool { from <= day && day <= to }
}

/// A declared actor.
struct ActorInfo: Sendable, Hashable {
    var code: String
    var kind: ActorKind
    var name: String
}

/// A declared topic.
struct TopicInfo: Sendable, Hashable {
    var id: String
    var label: String
}

/// A phrase after brace expansion, case flag and normalisation.
struct ParsedPhrase: Sendable, Hashable {
    var text: String
    var words: [PhraseWord]
    var caseMode: CaseMode

    /// Normalised words joined by a space: the phrase's identity.
    var key: String { words.map { String(decoding: $0.normalized, as: UTF8.self) }.joined(separator: " ") }
}
