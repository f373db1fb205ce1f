import Foundation
import BilateralFeeds

/// The stable id of an item: the same story in any file, on any run, gets
/// the same id, so that it is stored once and listed under every feed that
/// carries it.
///
/// The key is, in order of preference: the guid/id (trimmed), else the link
/// (scheme and host lower-cased, fragment dropped), else title + published
/// date. The id is the first 16 bytes of SHA-256 over `kind:key`, in hex.
public enum ItemIdentity {
    public static func id(for item: FeedItem) -> String {
        // The kind and the rest of the key are hashed in two updates, and only the 32 digits
        // kept are written: building the key, the 64-digit hex and its prefix made three
        // strings, and the hasher an array, per item.
        let (kind, rest) = keyParts(for: item)
        var hasher = SHA256()
        hasher.update(UnsafeBufferPointer(start: kind.utf8Start, count: kind.utf8CodeUnitCount))
        hasher.update(rest)
        return hasher.finalizeHex(digits: 32)
    }

    /// The string that is hashed, exposed for explanation and tests.
    public static func key(for item: FeedItem) -> String {
        let (kind, rest) = keyParts(for: item)
        return kind.description + rest
    }

    /// The key as its kind (`guid:`, `link:`, `text:`) and the rest.
    private static func keyParts(for item: FeedItem) -> (kind: StaticString, rest: String) {
        if let guid = item.guid?.trimmedLikeFoundation, !guid.isEmpty {
            return ("guid:", guid)
        }
        if let link = item.link?.trimmedLikeFoundation, !link.isEmpty {
            return ("link:", normalizedLink(link))
        }
        let title = (item.title ?? "").trimmedLikeFoundation
        let date = item.published.map { String(Int64($0.timeIntervalSince1970)) } ?? ""
        let body = title.isEmpty ? String(item.text.prefix(512)) : title
        return ("text:", body + "|" + date)
    }

    static func normalizedLink(_ link: String) -> String {
        var s = link
        if let hash = s.firstIndex(of: "#") { s = String(s[..<hash]) }
        guard let schemeEnd = s.range(of: "://") else { return s }
        let afterScheme = s[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        return s[..<schemeEnd.upperBound].lowercased() + afterScheme[..<hostEnd].lowercased()
            + afterScheme[hostEnd...]
    }
}
