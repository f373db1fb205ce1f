/// An Atom text construct as found: `type` and (Atom 0.3) `mode` attributes kept.
struct AtomWireText: Sendable {
    var value: String
    var type: String?
    var mode: String?
    var src: String?
    var isMarkup: Bool
    var base: String?
}

/// An Atom person construct (`author`, `contributor`).
struct AtomWirePerson: Sendable {
    var name: String?
    var email: String?
    var uri: String?
}

/// An Atom `feed` (0.3 or 1.0) as found.
struct AtomWireFeed: Sendable {
    var title: AtomWireText?
    var links: [WireLink] = []
    var updated: String?
    var modified: String?
    var xmlLang: String?
    var base: String?
}

/// An Atom `entry` as found.
struct AtomWireEntry: Sendable {
    var title: AtomWireText?
    var links: [WireLink] = []
    var id: String?
    var published: String?
    var issued: String?
    var created: String?
    var updated: String?
    var modified: String?
    var dcDate: String?
    var authors: [AtomWirePerson] = []
    var dcCreators: [String] = []
    var categories: [(term: String, scheme: String?, label: String?)] = []
    var dcSubjects: [String] = []
    var summary: AtomWireText?
    var content: AtomWireText?
    var mediaDescription: AtomWireText?
    var mediaContents: [WireLink] = []
    var mediaThumbnail: WireLink?
    var xmlLang: String?
    var base: String?
    var line = 0
}
