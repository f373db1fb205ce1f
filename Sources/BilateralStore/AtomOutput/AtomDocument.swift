import BilateralRecords
import Foundation

/// Renders one Atom 1.0 feed (RFC 4287) from entries already rendered.
struct AtomDocument {
    let key: AtomFeedKey
    /// Where the feed is served, if known: the self link is `baseURL` + file
    /// name; otherwise the file name alone (a relative reference).
    let baseURL: String?
    let entries: [AtomEntry]
    /// Used as the feed's `updated` when it has no entries.
    let now: Date

    /// The document in UTF-8, in place of what `bytes` held (its capacity is kept for the next feed).
    func render(into bytes: inout [UInt8]) {
        var head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        head += XMLText.element("id", key.atomID, indent: 1)
        head += XMLText.element("title", "bilateral: " + key.title, indent: 1)
        head += XMLText.element("subtitle", "News items about \(key.title), as classified by bilateral", indent: 1)
        head += XMLText.element("updated", JSONWriter.iso8601(entries.map(\.updated).max() ?? now), indent: 1)
        head += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escaped(selfHref))\"/>\n"
        head += "  <author>\n" + XMLText.element("name", "bilateral", indent: 2) + "  </author>\n"
        head += XMLText.element("generator", "bilateral", indent: 1)
        bytes.removeAll(keepingCapacity: true)
        bytes += head.utf8
        for entry in entries { bytes += entry.xml }
        bytes += "</feed>\n".utf8
    }

    var selfHref: String {
        guard let base = baseURL, !base.isEmpty else { return key.fileName }
        return base.hasSuffix("/") ? base + key.fileName : base + "/" + key.fileName
    }
}
