import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an Atom document back with XMLParser and keeps what the tests check:
/// well-formedness, the root, and the text of feed and entry children.
final class AtomFeedChecker: NSObject, XMLParserDelegate {
    struct Entry {
        var fields: [String: String] = [:]
        var categories: [String: [String]] = [:]
        var links: [String: String] = [:]
    }

    private(set) var root: (name: String, namespace: String?)?
    private(set) var feedFields: [String: String] = [:]
    private(set) var feedLinks: [String: String] = [:]
    private(set) var entries: [Entry] = []
    private(set) var error: (any Error)?
    private var path: [String] = []
    private var text = ""

    /// Parses `data`; false if it is not well-formed.
    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        let ok = parser.parse()
        error = parser.parserError
        return ok
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if root == nil { root = (name, namespaceURI) }
        path.append(name)
        text = ""
        if name == "entry" { entries.append(Entry()) }
        if name == "link" {
            let rel = attributes["rel"] ?? "alternate"
            if path.count == 2 { feedLinks[rel] = attributes["href"] } else { entries[entries.count - 1].links[rel] = attributes["href"] }
        }
        if name == "category", !entries.isEmpty {
            entries[entries.count - 1].categories[attributes["scheme"] ?? "", default: []].append(attributes["term"] ?? "")
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if path.count == 2 { feedFields[name] = text }
        if path.count == 3, path[1] == "entry" { entries[entries.count - 1].fields[name] = text }
        path.removeLast()
        text = ""
    }
}
