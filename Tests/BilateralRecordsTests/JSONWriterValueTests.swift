import Foundation
import Testing
@testable import BilateralRecords

/// Numbers, scores, keywords and nesting as `JSONWriter` writes them.
@Suite struct JSONWriterValueTests {
    /// A score as it was written with `String` arithmetic before it was written as digits.
    static func reference(score d: Double) -> String {
        let milli = (d * 1000).rounded()
        if milli >= 1000 { return "1.0" }
        if milli <= 0 { return "0.0" }
        var digits = String(Int(milli))
        while digits.count < 3 { digits = "0" + digits }
        while digits.hasSuffix("0") { digits.removeLast() }
        return "0." + digits
    }

    @Test func everyScoreLikeTheStringForm() {
        for milli in -5...1005 {
            for offset in [-0.49, 0, 0.49] {
                let d = (Double(milli) + offset) / 1000
                var w = JSONWriter(pretty: false)
                w.score(d)
                #expect(w.output == Self.reference(score: d), "score \(d)")
            }
        }
    }

    @Test func integers() {
        for n in [0, 7, -7, 10, 1_000_000, Int.max, Int.min + 1] {
            var w = JSONWriter(pretty: false)
            w.int(n)
            #expect(w.output == String(n))
        }
    }

    @Test func compactNesting() {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.key(static: "a"); w.int(1)
        w.key("b"); w.beginArray(); w.bool(true); w.null(); w.beginObject(); w.endObject(); w.beginArray(); w.endArray(); w.endArray()
        w.key(static: "c"); w.timestamp(nil)
        w.key("d\"e"); w.strings(["x", "y"])
        w.endObject()
        #expect(w.output == #"{"a":1,"b":[true,null,{},[]],"c":null,"d\"e":["x","y"]}"#)
    }

    @Test func prettyNesting() {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key(static: "a"); w.beginArray(); w.int(1); w.score(0.5); w.endArray()
        w.key("b"); w.beginObject(); w.endObject()
        w.endObject()
        #expect(w.output == "{\n  \"a\": [\n    1,\n    0.5\n  ],\n  \"b\": {}\n}")
    }

    @Test func deepNestingWithinTheLimit() {
        var w = JSONWriter(pretty: false)
        for _ in 0..<64 { w.beginArray() }
        for _ in 0..<64 { w.endArray() }
        #expect(w.output == String(repeating: "[", count: 64) + String(repeating: "]", count: 64))
    }
}
