import Foundation

/// Precision, recall and F1 of a classifier on a development set, and the
/// items where it went wrong.
public struct EvaluationReport: Hashable, Sendable {
    /// Actor codes per item (micro).
    public var countries = MetricCounts()
    /// Pairs per item (micro).
    public var dyads = MetricCounts()
    /// Item-level topics (micro).
    public var itemTopics = MetricCounts()
    /// (pair, topic) per item (micro).
    public var dyadTopics = MetricCounts()
    /// Items labelled as not about relations, and how many of them got no dyad.
    public var nonRelationItems = 0
    public var nonRelationItemsWithoutDyad = 0
    public var itemCount = 0
    /// Items whose reading differs from the labels, in set order.
    public var differences: [ItemDifference] = []

    public init() {}

    /// Scores one item.
    public mutating func add(item: DevSetItem, predicted: Reading) {
        let expected = item.labels
        itemCount += 1
        countries.add(predicted: predicted.countries, expected: expected.countries)
        dyads.add(predicted: Set(predicted.dyads.keys), expected: Set(expected.dyads.keys))
        itemTopics.add(predicted: predicted.topics, expected: expected.topics)
        dyadTopics.add(predicted: predicted.dyadTopics, expected: expected.dyadTopics)
        if !expected.relation {
            nonRelationItems += 1
            if predicted.dyads.isEmpty { nonRelationItemsWithoutDyad += 1 }
        }
        let difference = ItemDifference(id: item.id, title: item.title, predicted: predicted, expected: expected)
        if !difference.isEmpty { differences.append(difference) }
    }

    /// Share of non-relation items that got no dyad at all (1 when there are none).
    public var nonRelationWithoutDyadShare: Double {
        nonRelationItems == 0 ? 1 : Double(nonRelationItemsWithoutDyad) / Double(nonRelationItems)
    }

    /// The figures as a fixed-width table.
    public var table: String {
        let rows: [(String, MetricCounts)] = [
            ("countries", countries), ("dyads", dyads),
            ("item topics", itemTopics), ("dyad topics", dyadTopics),
        ]
        var lines = ["measure         P      R      F1     tp   fp   fn"]
        for (name, counts) in rows {
            lines.append(name.padding(toLength: 14, withPad: " ", startingAt: 0)
                + [counts.precision, counts.recall, counts.f1].map(Self.format).joined()
                + [counts.truePositives, counts.falsePositives, counts.falseNegatives]
                    .map { String($0).leftPadded(to: 5) }.joined())
        }
        lines.append("non-relation items without a dyad: \(nonRelationItemsWithoutDyad)/\(nonRelationItems) "
            + "(\(Self.format(nonRelationWithoutDyadShare).trimmingCharacters(in: .whitespaces)))")
        lines.append("items: \(itemCount), with differences: \(differences.count)")
        return lines.joined(separator: "\n")
    }

    /// One block per item that differs: its id and title, then its differences.
    public var details: String {
        differences.map { ([" \($0.id)  \($0.title)"] + $0.lines).joined(separator: "\n") }
            .joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.3f", value).leftPadded(to: 7)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
