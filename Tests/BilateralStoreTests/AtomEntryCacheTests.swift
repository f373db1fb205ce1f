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
        #expect(cache.entry(1) == nil)
        cache.insert(Self.entry(10, 1), seq: 1)
        cache.insert(Self.entry(20, 2), seq: 2)
        #expect(cache.entry(1)?.xml.count == 10 && cache.entry(2)?.updated == Date(timeIntervalSince1970: 120))
        #expect(cache.entry(3) == nil)
        #expect(cache.hits == 2 && cache.misses == 2 && cache.count == 2 && cache.bytes == 30)
    }

    @Test func neverHoldsMoreThanItsBudget() {
        var cache = AtomEntryCache(budget: 100)
        for seq in 0..<50 {
            cache.insert(Self.entry(7), seq: Int64(seq))
            #expect(cache.bytes <= 100)
        }
        #expect(cache.entry(49) != nil, "the latest entries stay")
        #expect(cache.entry(0) == nil, "the oldest are dropped")
        cache.insert(Self.entry(51), seq: 99)
        #expect(cache.entry(99) == nil, "an entry larger than half the budget is not kept")
    }

    @Test func anEntryUsedAgainSurvivesTheNextGeneration() {
        var cache = AtomEntryCache(budget: 40)
        cache.insert(Self.entry(10), seq: 1)
        cache.insert(Self.entry(10), seq: 2)
        cache.insert(Self.entry(10), seq: 3)  // current was full (20 of 20): 1 and 2 become the previous generation
        #expect(cache.entry(1) != nil)        // moves 1 back to the current generation, with 3
        cache.insert(Self.entry(10), seq: 4)  // full again: {3, 1} become previous, 2 is dropped
        #expect(cache.entry(2) == nil)
        #expect(cache.entry(1) != nil && cache.entry(3) != nil && cache.entry(4) != nil)
    }
}
