@testable import BilateralFeeds
import Testing

@Suite("item authors, subjects and plain text assembled without temporaries")
struct ItemAssemblyTests {
    /// The previous form: trimmed, non-empty, first occurrence kept.
    static func reference(_ values: [String?]) -> [String] {
        var seen = Set<String>()
        return values.compactMap { AdapterSupport.trimmed($0) }.filter { seen.insert($0).inserted }
    }

    @Test("unique strings keep the first of each, trimmed, past the linear limit too")
    func uniqueStrings() {
        let samples: [[String?]] = [
            [], [nil, " ", ""], [" Ann ", "Bob", "Ann", nil, "bob", "Bob "],
            ["e\u{301}", "é"],   // canonically equal: one
            (0..<40).map { "n\($0 % 23)" } + [" n3 ", "n40"],
        ]
        for values in samples {
            var unique = UniqueStrings()
            for v in values { unique.add(v) }
            #expect(unique.values == Self.reference(values))
        }
    }

    @Test("title and body joined in one buffer as plainText(title) + blank line + plainText(body)",
          arguments: [("", ""), ("T", ""), ("", "B"), ("<b>T</b> &amp; co", "<p>One</p><p>Two</p>"),
                      ("  ", "<p> </p>"), ("<script>x</script>", "Body"), ("Title", "<br/>"),
                      ("Zürich&nbsp;news", "a\u{00AD}b — “c”\n\nd")])
    func joinedPlainText(title: String, body: String) {
        let head = HTMLText.plainText(title)
        let tail = HTMLText.plainText(body)
        let expected = [head, tail].filter { !$0.isEmpty }.joined(separator: "\n\n")
        #expect(HTMLText.plainText(joining: title, body) == expected)
        #expect(AdapterSupport.plainText(title: title, titleIsHTML: true, body: body, bodyIsHTML: true) == expected)
    }
}
