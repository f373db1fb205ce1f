import Testing
@testable import BilateralStore

@Suite struct AtomFeedKeyTests {
    @Test func fileNamesKeepSafeCharactersAndReplaceEachOtherCharacter() {
        #expect(AtomFeedKey.pairTopic(pair: "CN-RU", topic: "energy_2.0").fileName == "pair-CN-RU-energy_2.0.atom")
        // One `_` per character: `ô`, the space, `'`, `/`, `ü`, and CR LF (one character).
        #expect(AtomFeedKey.topic("Côte d'Ivoire/ü\r\n").fileName == "topic-C_te_d_Ivoire___.atom")
        #expect(AtomFeedKey.country("").fileName == "country-.atom")
    }

    @Test func sortsByFileName() {
        let keys: [AtomFeedKey] = [.topic("a"), .pair("CN-RU"), .pairTopic(pair: "CN-RU", topic: "energy"), .country("RU"), .country("CN")]
        #expect(AtomFeedKey.sortedByFileName(keys).map(\.fileName)
            == ["country-CN.atom", "country-RU.atom", "pair-CN-RU-energy.atom", "pair-CN-RU.atom", "topic-a.atom"])
    }
}
