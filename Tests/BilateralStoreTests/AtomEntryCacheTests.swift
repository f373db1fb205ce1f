import BilateralRecords
import Foundation
import Testing
@testable import BilateralStore

@Suite struct AtomEntryCacheTests {
    /// A rendered entry of exactly `size` bytes.
    static func entry(_ size: Int, _ minute: Double = 0) -> AtomEntry {
        AtomEntry(xml: [UInt8](repeating: UInt8(ascii: "x"), count: size), updated: Date(timeIntervalSince1970: minute * 60))
    }

    @Test func returnsWhatWasInsertedAndCountsHitsAndMisses() {
        var cache = AtomEntryCache(budget: 1000)
        #expect(cache.validEntry(1) == nil && cache.entry(1, fingerprint: 5) == nil)
        cache.insert(Self.entry(10, 1), seq: 1, fingerprint: 5)
        cache.insert(Self.entry(20, 2), seq: 2, fingerprint: 6)
        #expect(cache.validEntry(1)?.xml.count == 10 && cache.validEntry(2)?.updated == Date(timeIntervalSince1970: 120))
        #expect(cache.validEntry(3) == nil)
        #expect(cache.hits == 2 && cache.misses == 1 && cache.count == 2 && cache.bytes == 30)
    }

    @Test func inANewRoundAnEntryIsUsedOnlyOnceItsRowIsFoundTheSame() {
        var cache = AtomEntryCache(budget: 1000)
        cache.insert(Self.entry(10), seq: 1, fingerprint: 5)
        cache.insert(Self.entry(10), seq: 2, fingerprint: 6)
        cache.beginRound()
        #expect(cache.validEntry(1) == nil, "not checked in this round yet")
        #expect(cache.entry(1, fingerprint: 5) != nil)
        #expect(cache.validEntry(1) != nil, "checked: valid for the rest of the round")
        #expect(cache.entry(2, fingerprint: 7) == nil, "the row changed (reclassified): render again")
        cache.insert(Self.entry(12), seq: 2, fingerprint: 7)
        #expect(cache.validEntry(2)?.xml.count == 12 && cache.bytes == 22 && cache.count == 2)
    }

    @Test func neverHoldsMoreThanItsBudget() {
        var cache = AtomEntryCache(budget: 100)
        for seq in 0..<50 {
            cache.insert(Self.entry(7), seq: Int64(seq), fingerprint: seq)
            #expect(cache.bytes <= 100)
        }
        #expect(cache.validEntry(49) != nil, "the latest entries stay")
        #expect(cache.validEntry(0) == nil, "the oldest are dropped")
        cache.insert(Self.entry(51), seq: 99, fingerprint: 0)
        #expect(cache.validEntry(99) == nil, "an entry larger than half the budget is not kept")
    }

    @Test func anEntryUsedAgainSurvivesTheNextGeneration() {
        var cache = AtomEntryCache(budget: 40)
        cache.insert(Self.entry(10), seq: 1, fingerprint: 1)
        cache.insert(Self.entry(10), seq: 2, fingerprint: 2)
        cache.insert(Self.entry(10), seq: 3, fingerprint: 3)  // current was full (20 of 20): 1 and 2 become the previous generation
        #expect(cache.validEntry(1) != nil)                    // moves 1 back to the current generation, with 3
        cache.insert(Self.entry(10), seq: 4, fingerprint: 4)  // full again: {3, 1} become previous, 2 is dropped
        #expect(cache.validEntry(2) == nil)
        #expect(cache.validEntry(1) != nil && cache.validEntry(3) != nil && cache.validEntry(4) != nil)
    }

    @Test func theFingerprintCoversTheRecordAndTheFirstSeenTime() {
        let a = AtomEntryCache.fingerprint(json: "{\"id\":\"a\"}", firstSeenSeconds: 1)
        #expect(a == AtomEntryCache.fingerprint(json: "{\"id\":\"a\"}", firstSeenSeconds: 1))
        #expect(a != AtomEntryCache.fingerprint(json: "{\"id\":\"b\"}", firstSeenSeconds: 1))
        #expect(a != AtomEntryCache.fingerprint(json: "{\"id\":\"a\"}", firstSeenSeconds: 2))
    }
}
