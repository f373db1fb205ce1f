import Foundation

/// Writes small RSS 2.0 feeds about the fictional countries of the test lexicon.
enum DaemonFeedWriter {
    struct Item {
        var guid: String
        var title: String
        var body: String
    }

    /// An item about Gondor and Rohan trading (or, with `energy`, a pipeline).
    static func item(_ guid: String, energy: Bool = false) -> Item {
        energy
            ? Item(guid: guid, title: "Gondor and Rohan sign pipeline deal \(guid)",
                   body: "Minas Tirith will buy coal from Edoras.")
            : Item(guid: guid, title: "Arnor exports grain to Gondor \(guid)",
                   body: "The trade talks between Arnor and Gondor ended with a tariff cut.")
    }

    static func rss(_ items: [Item], title: String = "Palantir News") -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>\(title)</title><link>http://example.org/</link>

            """
        for item in items {
            xml += """
                <item><title>\(item.title)</title><guid>\(item.guid)</guid>\
                <pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate><description>\(item.body)</description></item>

                """
        }
        return xml + "</channel></rss>\n"
    }

    static func write(_ items: [Item], to url: URL) throws {
        try Data(rss(items).utf8).write(to: url)
    }
}
