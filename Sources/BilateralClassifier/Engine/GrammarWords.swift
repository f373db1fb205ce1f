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
    /// The word kinds as one small table (cheap to copy into hot paths).
    private(set) var table = Table(kinds: [], according: -1, to: -1)

    /// Bits of `Table.kinds`.
    enum Kind {
        static let coordinator: UInt16 = 1
        static let partner: UInt16 = 2
        static let agent: UInt16 = 4
        static let reporting: UInt16 = 8
        static let personNoun: UInt16 = 16
        static let between: UInt16 = 32
        static let venuePreposition: UInt16 = 64
        static let venueNoun: UInt16 = 128
        static let article: UInt16 = 256
    }

    /// Per word id, the `Kind` bits of the sets that hold it: an array read
    /// instead of hashing.
    struct Table: Sendable {
        var kinds: [UInt16]
        var according: Int32
        var to: Int32

        /// True when word `id` is in the set of `kind` (a `Kind` bit).
        @inline(__always)
        func isWord(_ id: Int32, _ kind: UInt16) -> Bool {
            id >= 0 && Int(id) < kinds.count && kinds[Int(id)] & kind != 0
        }
    }

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
        let sets: [(Set<Int32>, UInt16)] = [
            (coordinators, Kind.coordinator), (partners, Kind.partner), (agents, Kind.agent),
            (reporting, Kind.reporting), (personNouns, Kind.personNoun), (between, Kind.between),
            (venuePrepositions, Kind.venuePreposition), (venueNouns, Kind.venueNoun), (articles, Kind.article),
        ]
        var kinds = [UInt16](repeating: 0, count: Int(sets.flatMap(\.0).max() ?? -1) + 1)
        for (set, kind) in sets {
            for id in set { kinds[Int(id)] |= kind }
        }
        table = Table(kinds: kinds, according: according, to: to)
    }
}
