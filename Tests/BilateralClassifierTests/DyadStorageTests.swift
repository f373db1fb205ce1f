import Testing
@testable import BilateralClassifier

@Suite("Dyad scoring storage: actor groups and contribution groups")
struct DyadStorageTests {
    private func group(_ first: Int) -> ActorGroup {
        ActorGroup(actors: 0..<0, first: first, last: first)
    }

    @Test func actorGroupsShareOneMemberArray() {
        var groups = ActorGroups()
        groups.append(group(0), firstActor: 5)
        groups.addToLast(7)
        groups.addToLast(5)
        groups.append(group(4), firstActor: 7)
        groups.append(group(8), firstActor: 9)
        #expect(Array(groups.actors(of: 0)) == [5, 7])
        #expect(Array(groups.actors(of: 1)) == [7])
        #expect(groups.contains(7, inGroup: 0))
        #expect(!groups.contains(9, inGroup: 1))
        groups.keep([true, false, true])
        #expect(groups.groups.map(\.first) == [0, 8])
        #expect(Array(groups.actors(of: 1)) == [9])
        groups.removeAll()
        #expect(groups.groups.isEmpty && groups.members.isEmpty)
    }

    /// The verdicts are all taken before any group goes (a verdict that reads
    /// other groups sees them all), as bits up to 64 groups and as a list beyond.
    @Test(arguments: [3, 64, 65, 130])
    func actorGroupsKeepJudgesEveryGroupFirst(count: Int) {
        var groups = ActorGroups()
        for index in 0..<count { groups.append(group(index), firstActor: Int32(index)) }
        var judged: [Int] = []
        // Keep a group when the next one (as it was before any removal) is odd.
        groups.keep { index, current in
            judged.append(index)
            #expect(current.groups.count == count)
            return index + 1 < count && current.groups[index + 1].first % 2 == 1
        }
        #expect(judged == Array(0..<count))
        let expected = (0..<count).filter { $0 + 1 < count && ($0 + 1) % 2 == 1 }
        #expect(groups.groups.map(\.first) == expected)
        #expect(expected.allSatisfy { Array(groups.actors(of: expected.firstIndex(of: $0)!)) == [Int32($0)] })
    }

    private func contribution(_ pair: (Int32, Int32)?, _ topic: Int32, sentence: Int, phrase: Int32,
                              _ weight: Double) -> Contribution {
        let ranks: [Int32] = [0, 1, 2, 3]
        return Contribution(pair: pair.map { ActorPair($0.0, $0.1, ranks: ranks) }, topic: topic,
                            sentence: sentence, phrase: phrase, weight: weight)
    }

    @Test func contributionsAreGroupedByPairAndTopicInOrder() {
        let groups = ContributionGroups([
            contribution((0, 1), 2, sentence: 0, phrase: 1, 0.5),
            contribution(nil, 2, sentence: 0, phrase: 2, 0.25),
            contribution((1, 0), 2, sentence: 0, phrase: 1, 0.5), // same slot: counted once
            contribution((2, 3), 1, sentence: 1, phrase: 3, 0.75),
            contribution((1, 0), 2, sentence: 2, phrase: 1, 1.0),
            contribution((0, 1), 1, sentence: 2, phrase: 4, 0.125),
        ])
        #expect(groups.keys.map(\.topic) == [2, 2, 1, 1])
        #expect(groups.keys.map(\.pair?.first) == [0, nil, 2, 0])
        #expect(groups.contributions(of: 0).map(\.sentence) == [0, 2])
        #expect(groups.contributions(of: 0).map(\.weight) == [0.5, 1.0])
        #expect(groups.contributions(of: 1).map(\.weight) == [0.25])
        #expect(groups.contributions(of: 2).map(\.weight) == [0.75])
        #expect(groups.contributions(of: 3).map(\.weight) == [0.125])
    }

    @Test func manyKeysStayDistinct() {
        var list: [Contribution] = []
        for topic in Int32(0)..<40 {
            for sentence in 0..<3 { list.append(contribution((0, 1), topic, sentence: sentence, phrase: 1, 1)) }
        }
        let groups = ContributionGroups(list)
        #expect(groups.keys.map(\.topic) == Array(0..<40))
        #expect((0..<40).allSatisfy { groups.contributions(of: $0).map(\.sentence) == [0, 1, 2] })
    }
}
