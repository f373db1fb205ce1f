internal import CLibXML2
import Glibc

extension SAXSession {
    /// The namespace of a URI pointer; pointers are cached, and checked against the cached text
    /// so a reused address can never return a wrong namespace.
    func namespace(_ uri: UnsafePointer<xmlChar>?) -> XMLNamespace {
        guard let uri else { return .none }
        let key = UnsafeRawPointer(uri)
        let text = UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self)
        let make = { () -> (uri: [CChar], ns: XMLNamespace) in
            (Array(UnsafeBufferPointer(start: text, count: strlen(text) + 1)), XMLNamespace.from(uri: String(cString: uri)))
        }
        let hit = namespaces.value(key, make: make)
        if hit.uri.withUnsafeBufferPointer({ strcmp($0.baseAddress!, text) }) == 0 { return hit.ns }
        let fresh = make()
        namespaces.set(key, fresh)
        return fresh.ns
    }

    /// The local name of a name pointer from the parser dictionary (stable while the parser lives).
    func localName(_ name: UnsafePointer<xmlChar>) -> XMLLocalName {
        localNames.value(UnsafeRawPointer(name)) { XMLLocalName.from(String(cString: name)) }
    }

    static func qualified(_ prefix: UnsafePointer<xmlChar>?, _ localname: UnsafePointer<xmlChar>) -> String {
        guard let prefix else { return String(cString: localname) }
        return String(cString: prefix) + ":" + String(cString: localname)
    }

    /// Pushes `xml:base` (resolved against the outer base) and `xml:lang` scopes.
    func pushScopes(_ attrs: XMLAttributes, depth: Int) {
        if let base = attrs.value("base", xml: true) {
            bases.append((depth, URLResolver.resolve(base, against: bases.last?.base)))
        }
        if let lang = attrs.value("lang", xml: true) {
            langs.append((depth, lang))
        }
    }

    /// Detects the format from the root element and creates its builder.
    func detect(_ localname: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?, _ attrs: XMLAttributes,
                _ nbNamespaces: Int32, _ namespaceList: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        sawRoot = true
        var childNamespace: String?
        if let namespaceList {
            for i in 0..<Int(nbNamespaces) {
                guard let nsURI = namespaceList[2 * i + 1] else { continue }
                let s = String(cString: nsURI)
                if XMLNamespace.from(uri: s) == .rss090 { childNamespace = s }
            }
        }
        format = FeedDetector.detect(rootName: String(cString: localname), namespaceURI: uri.map { String(cString: $0) },
                                     version: attrs.value("version"), childNamespaceURI: childNamespace)
        switch format {
        case .atom03, .atom10:
            atom = AtomBuilder()
            if let uri, namespace(uri) == .other {   // pre-standard Atom namespaces (echo, example.com...)
                let text = UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self)
                namespaces.set(UnsafeRawPointer(uri), (Array(UnsafeBufferPointer(start: text, count: strlen(text) + 1)), format == .atom03 ? .atom03 : .atom10))
            }
        case .unknown: break
        default: rss = RSSBuilder()
        }
    }
}
