import BilateralRecords

/// The plain-text summary of an entry: the classification, then the
/// evidence sentences of each pair's topics.
///
///     Topics: energy 0.91, trade 0.5
///     Countries: Russia (RU) 9, China (CN) 4
///     CN-RU energy 0.9: “They signed a gas deal.”
enum AtomSummary {
    static func text(of r: ItemRecord) -> String {
        var lines: [String] = []
        if !r.topics.isEmpty {
            lines.append("Topics: " + r.topics.map { "\($0.id) \(score($0.score))" }.joined(separator: ", "))
        }
        if !r.countries.isEmpty {
            lines.append("Countries: " + r.countries.map { "\($0.name) (\($0.code)) \($0.mentions)" }.joined(separator: ", "))
        }
        for d in r.dyads {
            if d.topics.isEmpty { lines.append(d.pair) }
            for t in d.topics {
                let evidence = t.evidence.map { "“\($0)”" }.joined(separator: " ")
                lines.append("\(d.pair) \(t.id) \(score(t.score))" + (evidence.isEmpty ? "" : ": " + evidence))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A score as `JSONWriter` writes it (`0.91`).
    private static func score(_ value: Double) -> String {
        var w = JSONWriter(pretty: false)
        w.score(value)
        return w.output
    }
}
