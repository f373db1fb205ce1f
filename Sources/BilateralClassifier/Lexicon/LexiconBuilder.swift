/// Collects the records of all lexicon files in reading order and applies
/// FORMAT.md's overriding rules (`actor` replaces, `unalias` removes, `cue`
/// replaces a weight, `rule` appends). Codes and topic ids are checked once
/// everything is read, so a file may use a code declared in a later file.
struct LexiconBuilder {
    struct Alias { var code: String; var role: AliasRole; var range: DayRange?; var phrase: ParsedPhrase }
    struct Cue { var topic: String; var weight: Double; var phrase: ParsedPhrase }
    struct Rule {
        var phrase: ParsedPhrase; var target: String?; var condition: RuleCondition
        var context: [ParsedPhrase]; var location: LexiconLocation
    }
    enum Tagged { case block, discard(DiscardScope), relation(Double), coref, international, territory(Int) }

    private(set) var actors: [ActorInfo] = []
    private(set) var actorIndex: [String: Int] = [:]
    private(set) var topics: [TopicInfo] = []
    private(set) var topicIndex: [String: Int] = [:]
    private(set) var aliases: [Alias] = []
    private(set) var cues: [Cue] = []
    private var cueSlots: [String: Int] = [:]
    private(set) var tagged: [(Tagged, ParsedPhrase)] = []
    private(set) var territories: [[String]] = []
    private(set) var abbreviations: [ParsedPhrase] = []
    private(set) var rules: [Rule] = []
    private var codeUses: [(String, LexiconLocation)] = []
    private var topicUses: [(String, LexiconLocation)] = []

    mutating func apply(_ record: LexiconRecord, at location: LexiconLocation) {
        switch record {
        case let .actor(code, kind, name):
            if let index = actorIndex[code] {
                actors[index] = ActorInfo(code: code, kind: kind, name: name)
            } else {
                actorIndex[code] = actors.count
                actors.append(ActorInfo(code: code, kind: kind, name: name))
            }
        case let .alias(code, role, range, phrases):
            codeUses.append((code, location))
            aliases += phrases.map { Alias(code: code, role: role, range: range, phrase: $0) }
        case let .unalias(code, phrases):
            codeUses.append((code, location))
            let keys = Set(phrases.map(\.key))
            aliases.removeAll { $0.code == code && keys.contains($0.phrase.key) }
        case let .rule(phrase, target, condition, context):
            if let target { codeUses.append((target, location)) }
            rules.append(Rule(phrase: phrase, target: target, condition: condition, context: context, location: location))
        case let .territory(codes, phrases):
            codeUses += codes.map { ($0, location) }
            territories.append(codes)
            tagged += phrases.map { (.territory(territories.count - 1), $0) }
        case let .topic(id, label):
            if let index = topicIndex[id] {
                topics[index].label = label
            } else {
                topicIndex[id] = topics.count
                topics.append(TopicInfo(id: id, label: label))
            }
        case let .cue(topic, weight, phrases):
            topicUses.append((topic, location))
            for phrase in phrases { addCue(Cue(topic: topic, weight: weight, phrase: phrase)) }
        case let .block(phrases): tagged += phrases.map { (.block, $0) }
        case let .discard(scope, phrases): tagged += phrases.map { (.discard(scope), $0) }
        case let .relation(weight, phrases): tagged += phrases.map { (.relation(weight), $0) }
        case let .coref(phrases): tagged += phrases.map { (.coref, $0) }
        case let .international(phrases): tagged += phrases.map { (.international, $0) }
        case let .abbreviations(phrases): abbreviations += phrases
        }
    }

    /// Throws the first use of an undeclared actor code or topic id, or a
    /// rule for a phrase that no alias declares.
    func validate() throws {
        for (code, location) in codeUses where actorIndex[code] == nil {
            throw location.error("unknown actor code '\(code)' (declare it with 'actor')")
        }
        for (topic, location) in topicUses where topicIndex[topic] == nil {
            throw location.error("unknown topic id '\(topic)' (declare it with 'topic')")
        }
        let aliasKeys = Set(aliases.map(\.phrase.key))
        for rule in rules where !aliasKeys.contains(rule.phrase.key) {
            throw rule.location.error("rule for '\(rule.phrase.text)', which no alias declares")
        }
    }

    private mutating func addCue(_ cue: Cue) {
        let slot = cue.topic + "\u{0}" + cue.phrase.key
        if let index = cueSlots[slot] {
            cues[index] = cue
        } else {
            cueSlots[slot] = cues.count
            cues.append(cue)
        }
    }
}
