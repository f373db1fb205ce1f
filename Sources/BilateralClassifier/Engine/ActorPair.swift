/// An unordered pair of actors, stored with the smaller code first.
struct ActorPair: Hashable, Sendable {
    var first: Int32
    var second: Int32

    /// - Parameter ranks: each actor's place in code order (`CompiledLexicon.actorRanks`).
    init(_ a: Int32, _ b: Int32, ranks: [Int32]) {
        if ranks[Int(a)] < ranks[Int(b)] {
            first = a; second = b
        } else {
            first = b; second = a
        }
    }

    /// `CN-RU`.
    func name(_ actors: [ActorInfo]) -> String {
        actors[Int(first)].code + "-" + actors[Int(second)].code
    }
}

/// Coordinated actor mentions of one clause (`Russia and China`), with what
/// the word before the group says about it.
struct ActorGroup: Sendable {
    /// Where the group's distinct actors are in `ActorGroups.members`.
    var actors: Range<Int>
    var first: Int
    var last: Int
    /// Introduced by `between`/`among`: all members relate to each other.
    var isBetween = false
    /// Introduced by `with`/`against`: the partner of earlier groups.
    var isPartner = false
    /// Introduced by `by`/`from`/`to`/`for`: members act together, not on each other.
    var isAgent = false
    /// A venue (`in Bali, Indonesia`, `the APEC summit`): in no pair.
    var isVenue = false
    /// Starts with a `capital`, `place` or `seat` mention.
    var isPlace = false
    /// An organisation before a venue noun (`the G20 summit`).
    var isOrganisationVenue = false
    /// Followed by a reporting word (`said`) or after `according to`: the
    /// source, not a party, if the clause has two other groups.
    var isSource = false

    /// The words the group spans.
    var span: WordSpan { WordSpan(first: Int32(first), last: Int32(last)) }
}

/// The first and last word of an actor group (no actor list: cheap to copy).
struct WordSpan: Sendable, Equatable {
    var first: Int32
    var last: Int32

    /// Distance in words from `position` to the span (0 inside it).
    func distance(to position: Int) -> Int {
        position < first ? Int(first) - position : (position > last ? position - Int(last) : 0)
    }
}

/// How a pair shows in a clause: the spans of the two groups whose members
/// make it (the same span twice for a pair inside one group).
struct PairRealization: Sendable {
    var pair: ActorPair
    var groupA: WordSpan
    var groupB: WordSpan

    /// How far a cue at `position` lies from this realisation of the pair.
    func cost(_ position: Int) -> Int {
        groupA.distance(to: position) + groupB.distance(to: position)
    }
}
