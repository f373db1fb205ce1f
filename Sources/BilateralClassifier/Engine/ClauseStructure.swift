/// Finds the actor groups and candidate pairs of one clause, following the
/// structure rules of FORMAT.md ("Dyads"): coordinated actors form a group;
/// a group relates to every other group; the members of a group relate to
/// each other too, unless a later partner group (`with Z`) shows they are
/// joint subjects or the group is introduced by `by`/`to`/`for`, and always
/// when the group follows `between`. Venues and sources are in no pair.
struct ClauseStructure {
    /// Only what the structure reads (copied once per sentence: keep it small).
    let actors: [ActorInfo]
    /// Each actor's place in code order, to order pairs without comparing strings.
    let ranks: [Int32]
    let grammar: GrammarWords.Table
    let tokens: [Token]

    init(tables: borrowing CompiledLexicon, tokens: [Token]) {
        actors = tables.actors
        ranks = tables.actorRanks
        grammar = tables.grammar.table
        self.tokens = tokens
    }

    /// The clauses of the sentence `range` (split before each `clauseStart`
    /// word), appended to `result`. Here rather than in `SentenceReading`,
    /// which would copy (retain and release) `tokens` for every sentence.
    func clauses(of range: Range<Int>, into result: inout [Range<Int>]) {
        var start = range.lowerBound
        for position in range where position > start && tokens[position].has(TokenFlags.clauseStart) {
            result.append(start..<position)
            start = position
        }
        result.append(start..<range.upperBound)
    }

    /// Groups of the mentions (sorted by position) of the clause `range`,
    /// venues and sources removed, and, in a clause without a relation cue,
    /// persons (`a Syrian man`). A venue group only takes further mentions
    /// of its own actors (`in Bali, Indonesia`). Written to `result`.
    func groups(_ mentions: ArraySlice<Mention>, in range: Range<Int>, hasRelation: Bool,
                into result: inout ActorGroups) {
        result.removeAll()
        for mention in mentions {
            let last = result.groups.count - 1
            if last >= 0, coordinated(from: result.groups[last].last + 1, to: mention.start),
               !result.groups[last].isVenue || result.contains(mention.actor, inGroup: last) {
                result.addToLast(mention.actor)
                result.update(last) { $0.last = mention.end - 1 }
                continue
            }
            guard hasRelation || !isPerson(mention, clauseEnd: range.upperBound) else { continue }
            result.append(group(for: mention, in: range), firstActor: mention.actor)
        }
        for index in result.groups.indices {
            let group = result.groups[index]
            let isSource = isSource(group, in: range)
            // `travel to Rio de Janeiro for the G20 summit`: the host of a venue
            let hostsVenue = group.isPlace && result.groups[(index + 1)...].contains {
                $0.isOrganisationVenue && $0.first - group.last <= 4
            }
            result.update(index) {
                $0.isSource = isSource
                if hostsVenue { $0.isVenue = true }
            }
        }
        guard result.groups.contains(where: { $0.isVenue || $0.isSource }) else { return }
        result.keep { isKept($0, $1) }
    }

    /// Venues go; a source stays only when the clause's other groups (not
    /// venues) have fewer than two actors besides its own.
    private func isKept(_ index: Int, _ groups: ActorGroups) -> Bool {
        let group = groups.groups[index]
        if group.isVenue { return false }
        guard group.isSource else { return true }
        // The first other actor found (a second one decides: no array needed).
        var firstOther: Int32?
        for other in groups.groups.indices where other != index && !groups.groups[other].isVenue {
            for actor in groups.actors(of: other)
            where !groups.contains(actor, inGroup: index) && actor != firstOther {
                if firstOther != nil { return false }
                firstOther = actor
            }
        }
        return true
    }

    /// Every pair the groups make, once per realisation, appended to `result`.
    /// The actors are read through their slots in `groups.members` (a
    /// slice per group and per pair of groups retained and released the
    /// member array in the innermost loops).
    func realizations(_ groups: ActorGroups, into result: inout [PairRealization]) {
        let list = groups.groups
        for (index, group) in list.enumerated() where group.actors.count > 1 {
            let jointSubject = !group.isBetween
                && (group.isAgent || list[(index + 1)...].contains { $0.isPartner })
            if jointSubject { continue }
            for slotA in group.actors {
                for slotB in (slotA + 1)..<group.actors.upperBound {
                    let pair = ActorPair(groups.members[slotA], groups.members[slotB], ranks: ranks)
                    result.append(PairRealization(pair: pair, groupA: group.span, groupB: group.span))
                }
            }
        }
        for (index, groupA) in list.enumerated() {
            for other in (index + 1)..<list.count {
                let groupB = list[other]
                for slotA in groupA.actors {
                    let a = groups.members[slotA]
                    for slotB in groupB.actors where groups.members[slotB] != a {
                        let pair = ActorPair(a, groups.members[slotB], ranks: ranks)
                        result.append(PairRealization(pair: pair, groupA: groupA.span, groupB: groupB.span))
                    }
                }
            }
        }
    }

    private func group(for mention: Mention, in range: Range<Int>) -> ActorGroup {
        var group = ActorGroup(actors: 0..<0, first: mention.start, last: mention.end - 1)
        switch mention.role {
        case .capital, .place, .seat: group.isPlace = true
        default: group.isPlace = false
        }
        let before = wordBefore(mention.start, clauseStart: range.lowerBound)
        if let before {
            let id = tokens[before].id
            group.isBetween = grammar.isWord(id, GrammarWords.Kind.between)
            group.isPartner = grammar.isWord(id, GrammarWords.Kind.partner)
            group.isAgent = grammar.isWord(id, GrammarWords.Kind.agent)
        }
        guard let before, grammar.isWord(tokens[before].id, GrammarWords.Kind.venuePreposition) else {
            group.isOrganisationVenue = isOrganisationVenue(mention, clauseEnd: range.upperBound)
            group.isVenue = group.isOrganisationVenue
            return group
        }
        switch mention.role {
        case .capital, .place, .seat:
            group.isVenue = true
        default:
            // `a Nato summit in Turkey`, `in Turkey during a Nato summit`
            let noun = GrammarWords.Kind.venueNoun
            let nearVenue = (before > range.lowerBound && grammar.isWord(tokens[before - 1].id, noun))
                || (mention.end..<min(mention.end + 6, range.upperBound)).contains { grammar.isWord(tokens[$0].id, noun) }
            group.isVenue = nearVenue
        }
        return group
    }

    private func coordinated(from start: Int, to end: Int) -> Bool {
        guard start <= end else { return false }
        return (start..<end).allSatisfy { grammar.isWord(tokens[$0].id, GrammarWords.Kind.coordinator) }
    }

    /// The word before `position` in the clause, skipping articles.
    private func wordBefore(_ position: Int, clauseStart: Int) -> Int? {
        var index = position - 1
        while index >= clauseStart, grammar.isWord(tokens[index].id, GrammarWords.Kind.article) { index -= 1 }
        return index >= clauseStart ? index : nil
    }

    /// `the APEC summit`: an organisation right before a venue noun.
    private func isOrganisationVenue(_ mention: Mention, clauseEnd: Int) -> Bool {
        actors[Int(mention.actor)].kind == .org && mention.end < clauseEnd
            && grammar.isWord(tokens[mention.end].id, GrammarWords.Kind.venueNoun)
    }

    /// A demonym right before a person noun (`a Syrian man`, `Chinese tourists`).
    private func isPerson(_ mention: Mention, clauseEnd: Int) -> Bool {
        mention.role == .demonym && mention.end < clauseEnd
            && grammar.isWord(tokens[mention.end].id, GrammarWords.Kind.personNoun)
    }

    /// A reporting word within three words after the group, or `according to` right before it.
    private func isSource(_ group: ActorGroup, in range: Range<Int>) -> Bool {
        let after = (group.last + 1)..<min(group.last + 4, range.upperBound)
        if after.contains(where: { grammar.isWord(tokens[$0].id, GrammarWords.Kind.reporting) }) { return true }
        return group.first - 2 >= range.lowerBound && tokens[group.first - 2].id == grammar.according
            && tokens[group.first - 1].id == grammar.to
    }
}
