/// One output feed: what it follows, its file name and its query.
public enum AtomFeedKey: Hashable, Sendable, Comparable {
    /// Items with an item-level topic (`topic-energy.atom`).
    case topic(String)
    /// Items about a pair (`pair-CN-RU.atom`).
    case pair(String)
    /// Items where a pair's relation has a topic (`pair-CN-RU-energy.atom`).
    case pairTopic(pair: String, topic: String)
    /// Items mentioning a country or organisation (`country-RU.atom`).
    case country(String)

    /// The file name in the feeds folder.
    public var fileName: String {
        switch self {
        case .topic(let t): return "topic-\(Self.safe(t)).atom"
        case .pair(let p): return "pair-\(Self.safe(p)).atom"
        case .pairTopic(let p, let t): return "pair-\(Self.safe(p))-\(Self.safe(t)).atom"
        case .country(let c): return "country-\(Self.safe(c)).atom"
        }
    }

    /// A human title (`CN-RU energy`).
    public var title: String {
        switch self {
        case .topic(let t): return "topic \(t)"
        case .pair(let p): return "pair \(p)"
        case .pairTopic(let p, let t): return "\(p) \(t)"
        case .country(let c): return "country \(c)"
        }
    }

    /// The feed's Atom id.
    public var atomID: String { "urn:bilateral:feed:" + fileName.dropLast(5) }

    /// The items this feed lists, newest first.
    public func query(limit: Int) -> ItemQuery {
        switch self {
        case .topic(let t): return ItemQuery(topic: t, limit: limit)
        case .pair(let p): return ItemQuery(pair: p, limit: limit)
        case .pairTopic(let p, let t): return ItemQuery(topic: t, pair: p, limit: limit)
        case .country(let c): return ItemQuery(country: c, limit: limit)
        }
    }

    /// Letters, digits, `-`, `_` and `.` kept; anything else becomes `_`
    /// (per character: a CR LF pair is one `_`).
    static func safe(_ part: String) -> String {
        if part.utf8.allSatisfy(isSafe) { return part }
        return String(part.map { c in c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ".") ? c : "_" })
    }

    /// An ASCII letter or digit, `-`, `_` or `.`.
    private static func isSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    /// `keys` in the order of their file names (each name made once).
    static func sortedByFileName(_ keys: some Sequence<AtomFeedKey>) -> [AtomFeedKey] {
        keys.map { ($0.fileName, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
