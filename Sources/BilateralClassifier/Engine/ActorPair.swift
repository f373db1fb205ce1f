/// An unordered pair of actors, stored with the smaller code first.
struct ActorPair: Hashable, Sendable {
    var first: Int32
    var second: Int32

    init(_ a: Int32, _ b: Int32, actors: [ActorInfo]) {
        if actors[Int(a)].code < actors[Int(b)].code {
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
    var actors: [Int32]
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

    /// True for the realisation of a pair inside this one group.
    func isSame(as other: ActorGroup) -> Bool { first == other.first && last == other.last }

    /// Distance in words from `position` to the group (0 inside it).
    func distance(to position: Int) -> Int {
        position < first ? first - position : (position > last ? position - last : 0)
    }
}

/// How a pair shows in a clause: the two groups whose members make it.
struct PairRealization: Sendable {
    var pair: ActorPair
    var groupA: ActorGroup
    var groupB: ActorGroup

    /// How far a cue at `position` lies from this realisation of the pair.
    func cost(_ position: Int) -> Int {
        groupA.distance(to: position) + groupB.distance(to: position)
    }
}
