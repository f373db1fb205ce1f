import Foundation

/// Normalizations shared by the RSS and Atom adapters.
enum AdapterSupport {
    /// The value trimmed of surrounding whitespace, or nil when empty.
    static func trimmed(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.trimmedWhitespace
        return t.isEmpty ? nil : t
    }

    /// A language tag trimmed, with `_` written `-` (`en_US` → `en-US`).
    static func language(_ s: String?) -> String? {
        guard let t = trimmed(s) else { return nil }
        return UTF8Bytes.contains(t, UInt8(ascii: "_")) ? t.replacingOccurrences(of: "_", with: "-") : t
    }

    /// A title as plain text: HTML (markup or character references) converted by `HTMLText`
    /// when the value may hold HTML, else trimmed. Nil when empty.
    static func title(_ value: String?, isHTML: Bool) -> String? {
        guard let value = MojibakeRepair.repair(value) else { return nil }
        guard isHTML, UTF8Bytes.contains(value, UInt8(ascii: "<")) || UTF8Bytes.contains(value, UInt8(ascii: "&")) else { return trimmed(value) }
        return trimmed(HTMLText.plainText(value))
    }

    /// The first of the candidate strings that parses as a date.
    static func firstDate(_ candidates: String?...) -> Date? {
        for case let s? in candidates {
            if let d = DateParser.parse(s) { return d }
        }
        return nil
    }

    /// A link or enclosure URL resolved against the `xml:base` where it was found, else `fallback`.
    static func resolve(_ href: String, base: String?, fallback: String?) -> String {
        URLResolver.resolve(href, against: base ?? fallback)
    }

    /// An enclosure from a wire link, with its length when it is a number.
    static func enclosure(_ link: WireLink, fallbackBase: String?) -> Enclosure? {
        guard let href = trimmed(link.href) else { return nil }
        return Enclosure(url: resolve(href, base: link.base, fallback: fallbackBase),
                         type: trimmed(link.type),
                         length: trimmed(link.length).flatMap { Int64($0) })
    }

    /// Enclosures without repeated URLs, first occurrence kept.
    static func unique(_ enclosures: [Enclosure]) -> [Enclosure] {
        guard enclosures.count > 1 else { return enclosures }
        var seen = Set<String>()
        return enclosures.filter { seen.insert($0.url).inserted }
    }

    /// The item's plain text: title and body converted from HTML, separated by a blank line.
    /// Both HTML (every RSS item): written into one buffer by `HTMLText.plainText(joining:_:)`.
    /// Else joined by hand: the array of parts and `joined` allocated twice per item.
    static func plainText(title: String?, titleIsHTML: Bool, body: String?, bodyIsHTML: Bool) -> String {
        let title = MojibakeRepair.repair(title), body = MojibakeRepair.repair(body)
        if titleIsHTML && bodyIsHTML { return HTMLText.plainText(joining: title ?? "", body ?? "") }
        let head = plainPart(title, isHTML: titleIsHTML)
        let tail = plainPart(body, isHTML: bodyIsHTML)
        guard var text = head else { return tail ?? "" }
        guard let tail else { return text }
        text.reserveCapacity(text.utf8.count + 2 + tail.utf8.count)
        text += "\n\n"
        text += tail
        return text
    }

    private static func plainPart(_ value: String?, isHTML: Bool) -> String? {
        guard let value, !value.isEmpty else { return nil }
        let text = isHTML ? HTMLText.plainText(value) : value.trimmedWhitespace
        return text.isEmpty ? nil : text
    }
}
