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
    /// Prepositions that make a place mention a venue (`in Bali`).
    static let venuePrepositions = ["in", "at"]
    /// Nouns that make an organisation mention a venue (`the APEC summit`).
    static let venueNouns = ["summit", "summits", "meeting", "meetings", "forum", "conference", "session", "gathering"]
    /// Words that start a new clause.
    static let clauseWords = ["while", "whereas", "but"]
    /// Articles skipped when looking at the word before a group.
    static let articles = ["the", "a", "an"]

    var coordinators: Set<Int32>
    var partners: Set<Int32>
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
        between = ids(Self.between)
        venuePrepositions = ids(Self.venuePrepositions)
        venueNouns = ids(Self.venueNouns)
        clauseWords = ids(Self.clauseWords)
        articles = ids(Self.articles)
    }
}
