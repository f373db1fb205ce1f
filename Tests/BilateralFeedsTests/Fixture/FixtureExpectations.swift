import BilateralFeeds
import Foundation
import Testing

/// The checks a fixture's JSON asks for. Keys: `feed` {title, link, language, updated, format,
/// encoding}, `recovered`, `diagnostics_contain`, `items` (compared by index; the count must match
/// unless `items_min` is given), `never_contains`, `max_text_bytes`. Item keys: title, link, guid,
/// published, updated, authors, categories, enclosures, summary, content, language, thumbnail,
/// `text_contains`, `text_excludes`. A JSON null expects nil.
struct FixtureExpectations {
    var fixture: String
    var expect: [String: Any]

    func check(_ parsed: ParsedFeed) {
        if let feed = expect["feed"] as? [String: Any] { checkFeed(feed, parsed.feed) }
        if let recovered = expect["recovered"] as? Bool {
            #expect(parsed.recovered == recovered, "\(fixture): recovered")
            #expect(parsed.items.allSatisfy { $0.recovered == recovered }, "\(fixture): item.recovered")
        }
        for needle in expect["diagnostics_contain"] as? [String] ?? [] {
            #expect(parsed.diagnostics.contains { $0.message.contains(needle) }, "\(fixture): diagnostic \(needle) in \(parsed.diagnostics)")
        }
        if let secret = expect["never_contains"] as? String {
            let all = "\(parsed.feed) \(parsed.items) \(parsed.diagnostics)"
            #expect(!all.contains(secret), "\(fixture): leaked")
        }
        if let max = expect["max_text_bytes"] as? Int {
            let total = parsed.items.reduce(0) { $0 + ($1.title?.utf8.count ?? 0) + $1.text.utf8.count }
            #expect(total <= max, "\(fixture): \(total) bytes of text")
        }
        guard let items = expect["items"] as? [[String: Any]] else { return }
        if let min = expect["items_min"] as? Int {
            #expect(parsed.items.count >= min, "\(fixture): item count")
        } else {
            #expect(parsed.items.count == items.count, "\(fixture): item count")
        }
        for (index, item) in items.enumerated() where index < parsed.items.count {
            checkItem(item, parsed.items[index], "\(fixture) item \(index)")
        }
    }

    private func checkFeed(_ e: [String: Any], _ feed: Feed) {
        compare(e, "title", feed.title, "feed")
        compare(e, "link", feed.link, "feed")
        compare(e, "language", feed.language, "feed")
        compare(e, "updated", feed.updated.map(Self.iso), "feed")
        compare(e, "format", feed.format.rawValue, "feed")
        compare(e, "encoding", feed.encoding, "feed")
    }

    private func checkItem(_ e: [String: Any], _ item: FeedItem, _ where_: String) {
        compare(e, "title", item.title, where_)
        compare(e, "link", item.link, where_)
        compare(e, "guid", item.guid, where_)
        compare(e, "published", item.published.map(Self.iso), where_)
        compare(e, "updated", item.updated.map(Self.iso), where_)
        compare(e, "summary", item.summary, where_)
        compare(e, "content", item.content, where_)
        compare(e, "language", item.language, where_)
        compare(e, "thumbnail", item.thumbnail, where_)
        if let authors = e["authors"] as? [String] { #expect(item.authors == authors, "\(where_): authors") }
        if let categories = e["categories"] as? [[String: Any]] {
            let expected = categories.map { Category(term: $0["term"] as! String, scheme: $0["scheme"] as? String, label: $0["label"] as? String) }
            #expect(item.categories == expected, "\(where_): categories")
        }
        if let enclosures = e["enclosures"] as? [[String: Any]] {
            let expected = enclosures.map { Enclosure(url: $0["url"] as! String, type: $0["type"] as? String,
                                                      length: ($0["length"] as? Int).map(Int64.init)) }
            #expect(item.enclosures == expected, "\(where_): enclosures")
        }
        for needle in e["text_contains"] as? [String] ?? [] {
            #expect(item.text.contains(needle), "\(where_): text \(String(reflecting: item.text)) lacks \(needle)")
        }
        for needle in e["text_excludes"] as? [String] ?? [] {
            #expect(!item.text.contains(needle), "\(where_): text contains \(needle)")
        }
    }

    private func compare(_ e: [String: Any], _ key: String, _ actual: String?, _ where_: String) {
        guard let value = e[key] else { return }
        let expected = value is NSNull ? nil : value as? String
        #expect(actual == expected, "\(where_).\(key)")
    }

    static func iso(_ date: Date) -> String { date.formatted(.iso8601) }
}
