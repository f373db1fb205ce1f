/// The few English function words the engine reads for structure (not
/// lexicon data: they are grammar, the same for every lexicon), resolved to
/// vocabulary ids. FORMAT.md ("Dyads") documents each set.
struct GrammarWords: Sendable {
    /// Words that may stand between coordinated actors (`Russia and China`).
    static let coordinators = ["and", "or", "nor", "both", "the", "as well as", "either", "neither", "its"]
    /// Words before the partner of a coordinated group (`X and Y ... with Z`).
    static let partners = ["with", "against"]
    /// Words before a group whose members all relate (`between X, Y and Z`).
    static let between = ["between", "among", "amongst"]
    /// Words before a group whose members act together on others, not on
    /// each other (`mediated by Egypt and Qatar`, `sales to China and India`).
    static let agents = ["by", "to", "for"]
    /// Prepositions that make a place mention a venue (`in Bali`; also
    /// Spanish, French and Portuguese `en`, `em`, `dans`, `au`, `aux`, `na`).
    static let venuePrepositions = ["in", "at", "during", "en", "em", "dans", "au", "aux", "na"]
    /// Reporting words after a source (`South Korea's spy agency said`).
    static let reporting = ["said", "says", "say", "told", "reported", "reports", "dijo", "afirmo", "declare", "disse"]
    /// Nouns that make an organisation mention a venue (`the APEC summit`).
    static let venueNouns = ["summit", "summits", "meeting", "meetings", "forum", "conference", "session", "gathering"]
    /// Person nouns after a demonym: one person, not the country acting
    /// (`a Syrian man`); such a mention pairs only with a relation cue.
    static let personNouns = [
        "man", "men", "woman", "women", "boy", "girl", "teenager", "national", "nationals", "citizen",
        "citizens", "tourist", "tourists", "student", "students", "worker", "workers", "resident", "residents",
    ]
    /// Words that start a new clause.
    static let clauseWords = ["while", "whereas", "but"]
    /// Articles skipped when looking at the word before a group.
    static let articles = ["the", "a", "an"]

    var coordinators: Set<Int32>
    var partners: Set<Int32>
    var agents: Set<Int32>
    var reporting: Set<Int32>
    var personNouns: Set<Int32>
    /// `according` and `to` (`according to Gondor`).
    var according: Int32
    var to: Int32
    var between: Set<Int32>
    var venuePrepositions: Set<Int32>
    var venueNouns: Set<Int32>
    var clauseWords: Set<Int32>
    var articles: Set<Int32>

    /// Interns every grammar word into `vocabulary`.
    init(vocabulary: inout Vocabulary) {
        func ids(_ words: [String]) -> Set<Int32> {
            var result: Set<Int32> = []
            for phrase in words {
                for word in Tokenizer.words(of: phrase) { result.insert(vocabulary.intern(word.normalized)) }
            }
            return result
        }
        coordinators = ids(Self.coordinators)
        partners = ids(Self.partners)
        agents = ids(Self.agents)
        reporting = ids(Self.reporting)
        personNouns = ids(Self.personNouns)
        according = vocabulary.intern(Array("according".utf8))
        to = vocabulary.intern(Array("to".utf8))
        between = ids(Self.between)
        venuePrepositions = ids(Self.venuePrepositions)
        venueNouns = ids(Self.venueNouns)
        clauseWords = ids(Self.clauseWords)
        articles = ids(Self.articles)
    }
}
