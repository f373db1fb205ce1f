import BilateralRecords
import Foundation

/// Renders one Atom 1.0 feed (RFC 4287) of stored items.
struct AtomDocument {
    let key: AtomFeedKey
    /// Where the feed is served, if known: the self link is `baseURL` + file
    /// name; otherwise the file name alone (a relative reference).
    let baseURL: String?
    let entries: [StoredItem]
    /// Used as the feed's `updated` when it has no entries.
    let now: Date

    func render() -> String {
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        x += element("id", key.atomID, indent: 1)
        x += element("title", "bilateral: " + key.title, indent: 1)
        x += element("subtitle", "News items about \(key.title), as classified by bilateral", indent: 1)
        x += element("updated", JSONWriter.iso8601(entries.map(updated).max() ?? now), indent: 1)
        x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escaped(selfHref))\"/>\n"
        x += "  <author>\n" + element("name", "bilateral", indent: 2) + "  </author>\n"
        x += element("generator", "bilateral", indent: 1)
        for item in entries { x += entry(item) }
        return x + "</feed>\n"
    }

    var selfHref: String {
        guard let base = baseURL, !base.isEmpty else { return key.fileName }
        return base.hasSuffix("/") ? base + key.fileName : base + "/" + key.fileName
    }

    private func entry(_ item: StoredItem) -> String {
        let r = item.record
        var x = "  <entry>\n"
        x += element("id", "urn:bilateral:item:" + r.id, indent: 2)
        x += element("title", title(of: r), indent: 2)
        if let link = r.link, !link.isEmpty {
            x += "    <link rel=\"alternate\" href=\"\(XMLText.escaped(link))\"/>\n"
        }
        x += element("updated", JSONWriter.iso8601(updated(item)), indent: 2)
        if let published = r.published { x += element("published", JSONWriter.iso8601(published), indent: 2) }
        for author in r.authors where !author.isEmpty {
            x += "    <author>\n" + element("name", author, indent: 3) + "    </author>\n"
        }
        x += element("summary", AtomSummary.text(of: r), indent: 2, attributes: " type=\"text\"")
        for t in r.topics { x += category(t.id, scheme: "urn:bilateral:topic") }
        for d in r.dyads {
            x += category(d.pair, scheme: "urn:bilateral:pair")
            for t in d.topics { x += category(d.pair + " " + t.id, scheme: "urn:bilateral:pair-topic") }
        }
        for c in r.countries { x += category(c.code, scheme: "urn:bilateral:country", label: c.name) }
        return x + "  </entry>\n"
    }

    private func updated(_ item: StoredItem) -> Date {
        item.record.updated ?? item.record.published ?? item.firstSeen
    }

    private func title(of r: ItemRecord) -> String {
        if let t = r.title?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty { return t }
        let text = r.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "(untitled)" : String(text.prefix(80))
    }

    private func category(_ term: String, scheme: String, label: String? = nil) -> String {
        var x = "    <category term=\"\(XMLText.escaped(term))\" scheme=\"\(scheme)\""
        if let label { x += " label=\"\(XMLText.escaped(label))\"" }
        return x + "/>\n"
    }

    private func element(_ name: String, _ text: String, indent: Int, attributes: String = "") -> String {
        String(repeating: "  ", count: indent) + "<\(name)\(attributes)>\(XMLText.escaped(text))</\(name)>\n"
    }
}
