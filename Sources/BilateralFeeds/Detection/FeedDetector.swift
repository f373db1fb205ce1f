/// Decides the syndication format from the root element: a pure function.
public enum FeedDetector {
    /// The format of a document whose root element has this local name, namespace URI and
    /// `version` attribute; `.unknown` when no parser claims it.
    ///
    /// When the root is `rdf:RDF`, `childNamespaceURI` (the namespace of its `channel` or
    /// `item` children, when known) tells RSS 0.90 from RSS 1.0.
    public static func detect(rootName: String, namespaceURI: String?, version: String?,
                              childNamespaceURI: String? = nil) -> FeedFormat {
        let ns = namespaceURI.map(XMLNamespace.from(uri:)) ?? .none
        let v = version?.trimmingCharacters(in: .whitespaces)
        switch rootName.lowercased() {
        case "rss":
            return rssFormat(version: v)
        case "rdf":
            let child = childNamespaceURI.map(XMLNamespace.from(uri:))
            return child == .rss090 ? .rss090 : .rss1
        case "feed":
            if ns == .atom03 || (ns != .atom10 && v == "0.3") { return .atom03 }
            return ns == .atom10 || ns == .none || v != nil ? .atom10 : .unknown
        case "channel":
            return .cdf
        default:
            return .unknown
        }
    }

    private static func rssFormat(version: String?) -> FeedFormat {
        switch version {
        case "0.91": return .rss091
        case "0.92": return .rss092
        case "0.93": return .rss093
        case "0.94": return .rss094
        case let v? where v.hasPrefix("2."): return .rss2
        default: return .rss
        }
    }
}

extension FeedFormat {
    /// True for Atom 0.3 and 1.0 (read by the Atom builder; everything else by the RSS one).
    var isAtom: Bool { self == .atom03 || self == .atom10 }
}
