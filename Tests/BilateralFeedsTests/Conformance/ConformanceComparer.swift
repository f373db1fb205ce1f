import BilateralFeeds
import Foundation

/// Compares one expected key of a conformance case with what `FeedReader` returned.
///
/// Normalisation: strings are compared after trimming and collapsing whitespace runs; for
/// `summary`/`content` a value also matches when both sides give the same plain text through
/// `HTMLText.plainText` (feedparser returns sanitized HTML, we return the value as found).
/// Dates are compared as UTC `YYYY-MM-DDTHH:MM:SSZ`; `bozo` is "threw or recovered".
enum ConformanceComparer {
    /// Keys (with the entry index and list index replaced by `[]`) that the reader supports.
    static func field(of key: String) -> String {
        key.replacingOccurrences(of: #"\[\d+\]"#, with: "[]", options: .regularExpression)
    }

    /// nil when the key is not supported; else whether it matched and what we had.
    static func compare(key: String, expected: Any, parsed: ParsedFeed?) -> (ok: Bool, actual: String)? {
        if key == "bozo" {
            let actual = parsed?.recovered ?? true
            return (actual == (expected as? Bool), "\(actual)")
        }
        guard let parsed else { return (false, "<threw>") }
        if key == "encoding" { return match(expected, parsed.feed.encoding) }
        if key == "format" { return match(expected, formatName(parsed.feed.format)) }
        if key.hasPrefix("feed.") { return feedValue(key.dropFirst(5), expected, parsed.feed) }
        guard key.hasPrefix("entry["), let close = key.firstIndex(of: "]"),
              let index = Int(key[key.index(key.startIndex, offsetBy: 6)..<close]) else { return nil }
        let item = index < parsed.items.count ? parsed.items[index] : nil
        return entryValue(String(key[key.index(close, offsetBy: 2)...]), expected, item)
    }

    private static func feedValue(_ name: Substring, _ expected: Any, _ feed: Feed) -> (Bool, String)? {
        switch name {
        case "title": return match(expected, feed.title)
        case "link": return match(expected, feed.link)
        case "language": return match(expected, feed.language)
        case "updated": return match(expected, feed.updated.map(iso))
        default: return nil
        }
    }

    private static func entryValue(_ name: String, _ expected: Any, _ item: FeedItem?) -> (Bool, String)? {
        switch name {
        case "title": return match(expected, item?.title)
        case "link": return match(expected, item?.link)
        case "id": return match(expected, item?.guid)
        case "published": return match(expected, item?.published.map(iso))
        case "updated": return match(expected, item?.updated.map(iso))
        case "author": return match(expected, item?.authors.first)
        case "summary": return matchHTML(expected, item?.summary)
        case "content": return matchHTML(expected, item?.content)
        default: return listValue(name, expected, item)
        }
    }

    private static func listValue(_ name: String, _ expected: Any, _ item: FeedItem?) -> (Bool, String)? {
        let parts = name.split(whereSeparator: { "[].".contains($0) }).map(String.init)
        guard parts.count >= 2, let index = Int(parts[1]) else { return nil }
        if parts[0] == "categories" {
            let category = item.flatMap { index < $0.categories.count ? $0.categories[index] : nil }
            switch parts.count > 2 ? parts[2] : "" {
            case "term": return match(expected, category?.term)
            case "scheme": return match(expected, category?.scheme)
            case "label": return match(expected, category?.label)
            default: return nil
            }
        }
        guard parts[0] == "enclosures" else { return nil }
        let enclosure = item.flatMap { index < $0.enclosures.count ? $0.enclosures[index] : nil }
        let fields: [String: String?] = ["url": enclosure?.url, "type": enclosure?.type,
                                         "length": enclosure?.length.map(String.init)]
        if parts.count == 2, let dict = expected as? [String: Any] {
            let results = dict.map { match($0.value, fields[$0.key] ?? nil) }
            return (results.allSatisfy(\.0), results.map(\.1).joined(separator: ","))
        }
        guard parts.count > 2, let value = fields[parts[2]] else { return nil }
        return match(expected, value)
    }

    private static func match(_ expected: Any, _ actual: String?) -> (Bool, String) {
        (normalized("\(expected)") == normalized(actual ?? "<nil>"), actual ?? "<nil>")
    }

    private static func matchHTML(_ expected: Any, _ actual: String?) -> (Bool, String) {
        let direct = match(expected, actual)
        if direct.0 { return direct }
        guard let actual else { return direct }
        let same = normalized(HTMLText.plainText("\(expected)")) == normalized(HTMLText.plainText(actual))
        return (same, actual)
    }

    static func normalized(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func formatName(_ format: FeedFormat) -> String {
        switch format {
        case .rss090: return "RSS 0.90 (RDF)"
        case .rss091: return "RSS 0.91"
        case .rss092: return "RSS 0.92"
        case .rss093: return "RSS 0.93"
        case .rss094: return "RSS 0.94"
        case .rss1: return "RSS 1.0 (RDF)"
        case .rss2: return "RSS 2.0"
        case .rss: return "RSS (no version)"
        case .atom03: return "Atom 0.3"
        case .atom10: return "Atom 1.0"
        case .cdf: return "CDF"
        case .unknown: return "unknown"
        }
    }

    static func iso(_ date: Date) -> String { date.formatted(.iso8601) }
}
