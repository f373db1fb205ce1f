/// Finds the actor groups and candidate pairs of one clause, following the
/// structure rules of FORMAT.md ("Dyads"): coordinated actors form a group;
/// a group relates to every other group; the members of a group relate to
/// each other too, unless a later partner group (`with Z`) shows they are
/// joint subjects, or always when the group follows `between`.
struct ClauseStructure {
    let tables: CompiledLexicon
    let tokens: [Token]

    /// Groups of the mentions (a venue group only takes further mentions of
    /// its own actors: `in Bali, Indonesia`) (sorted by position) of the clause `range`.
    func groups(_ mentions: [Mention], in range: Range<Int>) -> [ActorGroup] {
        var groups: [ActorGroup] = []
        for mention in mentions {
            if var last = groups.last, coordinated(from: last.last + 1, to: mention.start),
               !last.isVenue || last.actors.contains(mention.actor) {
                if !last.actors.contains(mention.actor) { last.actors.append(mention.actor) }
                last.last = mention.end - 1
                groups[groups.count - 1] = last
                continue
            }
            var group = ActorGroup(actors: [mention.actor], first: mention.start, last: mention.end - 1)
            let before = wordBefore(mention.start, clauseStart: range.lowerBound)
            if let before {
                group.isBetween = tables.grammar.between.contains(tokens[before].id)
                group.isPartner = tables.grammar.partners.contains(tokens[before].id)
            }
            group.isVenue = isVenue(mention, before: before, clauseEnd: range.upperBound)
            groups.append(group)
        }
        return groups.filter { !$0.isVenue }
    }

    /// Every pair the groups make, once per realisation.
    func realizations(_ groups: [ActorGroup]) -> [PairRealization] {
        var result: [PairRealization] = []
        for (index, group) in groups.enumerated() where group.actors.count > 1 {
            let jointSubject = !group.isBetween && groups[(index + 1)...].contains { $0.isPartner }
            if jointSubject { continue }
            for (offset, a) in group.actors.enumerated() {
                for b in group.actors[(offset + 1)...] {
                    result.append(PairRealization(pair: ActorPair(a, b, actors: tables.actors), groupA: group, groupB: group))
                }
            }
        }
        for (index, groupA) in groups.enumerated() {
            for groupB in groups[(index + 1)...] {
                for a in groupA.actors {
                    for b in groupB.actors where a != b {
                        result.append(PairRealization(pair: ActorPair(a, b, actors: tables.actors), groupA: groupA, groupB: groupB))
                    }
                }
            }
        }
        return result
    }

    private func coordinated(from start: Int, to end: Int) -> Bool {
        guard start <= end else { return false }
        return (start..<end).allSatisfy { tables.grammar.coordinators.contains(tokens[$0].id) }
    }

    /// The word before `position` in the clause, skipping articles.
    private func wordBefore(_ position: Int, clauseStart: Int) -> Int? {
        var index = position - 1
        while index >= clauseStart, tables.grammar.articles.contains(tokens[index].id) { index -= 1 }
        return index >= clauseStart ? index : nil
    }

    private func isVenue(_ mention: Mention, before: Int?, clauseEnd: Int) -> Bool {
        switch mention.role {
        case .capital, .place, .seat:
            if let before, tables.grammar.venuePrepositions.contains(tokens[before].id) { return true }
        default:
            break
        }
        if tables.actors[Int(mention.actor)].kind == .org, mention.end < clauseEnd,
           tables.grammar.venueNouns.contains(tokens[mention.end].id) {
            return true
        }
        return false
    }
}
