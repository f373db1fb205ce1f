@testable import BilateralFeeds
import Testing

@Suite("element name sets and the local-name cache")
struct NameLookupTests {
    static let allNamespaces = (0...UInt8.max).compactMap(XMLNamespace.init(rawValue:))
    static let allLocals = (0...UInt8.max).compactMap(XMLLocalName.init(rawValue:))

    @Test("every namespace and local name fits the set's bit layout")
    func layoutFits() {
        #expect(Self.allNamespaces.count <= 16)
        #expect(Self.allLocals.count <= 128)
    }

    @Test("a set holds exactly the names inserted")
    func setMembership() {
        var random = SystemRandomNumberGenerator()
        let all = Self.allNamespaces.flatMap { ns in Self.allLocals.map { XMLElementName(ns, $0) } }
        let chosen = Set(all.filter { _ in Bool.random(using: &random) })
        let set = XMLElementNameSet(Array(chosen))
        for name in all { #expect(set.contains(name) == chosen.contains(name)) }
        #expect(RSSBuilder.itemFields.contains(XMLElementName(.content, .encoded)))
        #expect(!RSSBuilder.itemFields.contains(XMLElementName(.content, .title)))
    }

    @Test("the cache returns each pointer's name, made once, whatever the slots it shares")
    func cacheReturnsTheMadeName() {
        let pool = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 1)
        defer { pool.deallocate() }
        var cache = PointerCache<XMLLocalName>()
        var made = 0
        // Pointers a few bytes apart, as in libxml2's string pool: more than the 64 slots.
        let pointers = (0..<300).map { UnsafeRawPointer(pool + 7 * $0) }
        func expected(_ k: Int) -> XMLLocalName { Self.allLocals[k % Self.allLocals.count] }
        for round in 0..<3 {
            for (k, p) in pointers.enumerated() {
                let name = cache.value(p) { made += 1; return expected(k) }
                #expect(name == expected(k), "pointer \(k), round \(round)")
            }
        }
        #expect(made == pointers.count)
        cache.set(pointers[5], .title)
        #expect(cache.value(pointers[5]) { .other } == .title)
    }
}
