/// The actor groups of one clause, their actors stored one after the other
/// in a single array that is reused from clause to clause (no array per group).
struct ActorGroups: Sendable {
    private(set) var groups: [ActorGroup] = []
    /// The actors of all groups; group `g`'s are `members[groups[g].actors]`.
    private(set) var members: [Int32] = []

    /// Makes room for `groups` groups of `members` actors in all.
    mutating func reserve(groups count: Int, members memberCount: Int) {
        groups.reserveCapacity(count)
        members.reserveCapacity(memberCount)
    }

    /// Empties the groups, keeping the storage.
    mutating func removeAll() {
        if !groups.isEmpty { groups.removeAll(keepingCapacity: true) }
        if !members.isEmpty { members.removeAll(keepingCapacity: true) }
    }

    /// The distinct actors of group `index`, in order of first mention.
    func actors(of index: Int) -> ArraySlice<Int32> {
        members[groups[index].actors]
    }

    /// True when group `index` has `actor`.
    func contains(_ actor: Int32, inGroup index: Int) -> Bool {
        members[groups[index].actors].contains(actor)
    }

    /// Adds `group` (its `actors` are replaced) with its first actor.
    mutating func append(_ group: ActorGroup, firstActor: Int32) {
        var group = group
        group.actors = members.count..<members.count + 1
        members.append(firstActor)
        groups.append(group)
    }

    /// Adds `actor` to the last group (whose actors end the storage) unless it has it.
    mutating func addToLast(_ actor: Int32) {
        let last = groups.count - 1
        guard !contains(actor, inGroup: last) else { return }
        members.append(actor)
        groups[last].actors = groups[last].actors.lowerBound..<members.count
    }

    /// Sets the flags of group `index` through `body`.
    mutating func update(_ index: Int, _ body: (inout ActorGroup) -> Void) {
        body(&groups[index])
    }

    /// Keeps the groups `index` for which `isKept(index, self)` holds, in
    /// order, every group judged before any is removed. Up to 64 groups (all
    /// but freak clauses) the verdicts are bits of one integer, where a list
    /// of them was an allocation per clause with a venue or a source.
    mutating func keep(where isKept: (Int, ActorGroups) -> Bool) {
        guard groups.count <= 64 else {
            keep(groups.indices.map { isKept($0, self) })
            return
        }
        var verdicts: UInt64 = 0
        for index in groups.indices where isKept(index, self) { verdicts |= 1 << UInt64(index) }
        var kept = 0
        for index in groups.indices where verdicts & (1 << UInt64(index)) != 0 {
            groups[kept] = groups[index]
            kept += 1
        }
        groups.removeLast(groups.count - kept)
    }

    /// Keeps the groups for which `keep` holds, in order (their actors stay where they are).
    mutating func keep(_ keep: [Bool]) {
        var kept = 0
        for index in groups.indices where keep[index] {
            groups[kept] = groups[index]
            kept += 1
        }
        groups.removeLast(groups.count - kept)
    }
}
