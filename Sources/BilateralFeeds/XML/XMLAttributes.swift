internal import CLibXML2
import Foundation
import Glibc

/// A read-only view of the attributes libxml2 passes to `startElementNs`
/// (five pointers per attribute: local name, prefix, URI, value start, value end).
///
/// Valid only during the callback; values are copied out as `String`.
struct XMLAttributes {
    let raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The value of the attribute with this local name (any namespace unless `xml` is set,
    /// which requires the `xml:` prefix), or nil.
    func value(_ local: StaticString, xml: Bool = false) -> String? {
        guard let raw else { return nil }
        for i in 0..<count {
            let slot = raw + 5 * i
            guard let name = slot[0], strcasecmp(name, local.utf8Start) == 0 else { continue }
            if xml {
                guard let prefix = slot[1], strcmp(prefix, "xml") == 0 else { continue }
            }
            return Self.string(from: slot[3], to: slot[4])
        }
        return nil
    }

    /// Every attribute as (qualified name, value), for re-serializing markup.
    func all() -> [(name: String, value: String)] {
        guard let raw else { return [] }
        return (0..<count).compactMap { i in
            let slot = raw + 5 * i
            guard let name = slot[0] else { return nil }
            var qname = String(cString: name)
            if let prefix = slot[1] { qname = String(cString: prefix) + ":" + qname }
            return (qname, Self.string(from: slot[3], to: slot[4]))
        }
    }

    private static func string(from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        // Without entity substitution libxml2 keeps `&amp;` in attribute values as `&#38;`, and
        // non-ASCII HTML entities as `&name;` (see `EntityTable`): decode both.
        return UTF8Bytes.contains(value, UInt8(ascii: "&")) ? HTMLEntities.decode(value) : value
    }
}
