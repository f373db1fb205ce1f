/// One parsed line of a lexicon file (FORMAT.md's directives).
enum LexiconRecord: Sendable, Hashable {
    case actor(code: String, kind: ActorKind, name: String)
    case alias(code: String, role: AliasRole, range: DayRange?, phrases: [ParsedPhrase])
    case unalias(code: String, phrases: [ParsedPhrase])
    case rule(phrase: ParsedPhrase, target: String?, condition: RuleCondition, context: [ParsedPhrase])
    case block(phrases: [ParsedPhrase])
    case territory(codes: [String], phrases: [ParsedPhrase])
    case topic(id: String, label: String)
    case cue(topic: String, weight: Double, phrases: [ParsedPhrase])
    case discard(scope: DiscardScope, phrases: [ParsedPhrase])
    case relation(weight: Double, phrases: [ParsedPhrase])
    case coref(phrases: [ParsedPhrase])
    case international(phrases: [ParsedPhrase])
    case abbreviations(phrases: [ParsedPhrase])
}
