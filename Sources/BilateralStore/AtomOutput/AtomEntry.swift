import BilateralRecords
import Foundation

/// One stored item rendered as an Atom `<entry>` element. A round renders
/// each item once and every feed listing it reuses the bytes (an entry does
/// not depend on the feed it is in).
struct AtomEntry: Sendable {
    /// The element, indented for the feed, from `  <entry>` to `</entry>\n`, in UTF-8.
    let xml: [UInt8]
    /// The entry's `updated`: the record's, else its published time, else when first seen.
    let updated: Date

    init(xml: [UInt8], updated: Date) {
        self.xml = xml
        self.updated = updated
    }

    /// Renders `item`.
    init(_ item: StoredItem) {
        let r = item.record
        updated = r.updated ?? r.published ?? item.firstSeen
        var x = "  <entry>\n"
        x += XMLText.element("id", "urn:bilateral:item:" + r.id, indent: 2)
        x += XMLText.element("title", Self.title(of: r), indent: 2)
        if let link = r.link, !link.isEmpty {
            x += "    <link rel=\"alternate\" href=\"\(XMLText.escaped(link))\"/>\n"
        }
        x += XMLText.element("updated", JSONWriter.iso8601(updated), indent: 2)
        if let published = r.published { x += XMLText.element("published", JSONWriter.iso8601(published), indent: 2) }
        for author in r.authors where !author.isEmpty {
            x += "    <author>\n" + XMLText.element("name", author, indent: 3) + "    </author>\n"
        }
        x += XMLText.element("summary", AtomSummary.text(of: r), indent: 2, attributes: " type=\"text\"")
        for t in r.topics { x += Self.category(t.id, scheme: "urn:bilateral:topic") }
        for d in r.dyads {
            x += Self.category(d.pair, scheme: "urn:bilateral:pair")
            for t in d.topics { x += Self.category(d.pair + " " + t.id, scheme: "urn:bilateral:pair-topic") }
        }
        for c in r.countries { x += Self.category(c.code, scheme: "urn:bilateral:country", label: c.name) }
        x += "  </entry>\n"
        xml = Array(x.utf8)
    }

    /// The title, else the start of the text, else `(untitled)`.
    private static func title(of r: ItemRecord) -> String {
        if let t = r.title?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty { return t }
        let text = r.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "(untitled)" : String(text.prefix(80))
    }

    private static func category(_ term: String, scheme: String, label: String? = nil) -> String {
        var x = "    <category term=\"\(XMLText.escaped(term))\" scheme=\"\(scheme)\""
        if let label { x += " label=\"\(XMLText.escaped(label))\"" }
        return x + "/>\n"
    }
}
