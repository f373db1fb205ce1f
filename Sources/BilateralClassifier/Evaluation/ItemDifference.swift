/// Where the classifier's reading of one item differs from its labels.
public struct ItemDifference: Hashable, Sendable {
    public var id: String
    public var title: String
    /// Expected but not found (`missing`) and found but not expected (`extra`).
    public var missingCountries: Set<String>
    public var extraCountries: Set<String>
    public var missingDyads: Set<String>
    public var extraDyads: Set<String>
    public var missingTopics: Set<String>
    public var extraTopics: Set<String>
    /// `PAIR/topic` entries.
    public var missingDyadTopics: Set<String>
    public var extraDyadTopics: Set<String>

    /// Compares a prediction with the labels of one item.
    public init(id: String, title: String, predicted: Reading, expected: Reading) {
        self.id = id
        self.title = title
        missingCountries = expected.countries.subtracting(predicted.countries)
        extraCountries = predicted.countries.subtracting(expected.countries)
        let expectedPairs = Set(expected.dyads.keys), predictedPairs = Set(predicted.dyads.keys)
        missingDyads = expectedPairs.subtracting(predictedPairs)
        extraDyads = predictedPairs.subtracting(expectedPairs)
        missingTopics = expected.topics.subtracting(predicted.topics)
        extraTopics = predicted.topics.subtracting(expected.topics)
        missingDyadTopics = expected.dyadTopics.subtracting(predicted.dyadTopics)
        extraDyadTopics = predicted.dyadTopics.subtracting(expected.dyadTopics)
    }

    /// True when prediction and labels agree on everything.
    public var isEmpty: Bool {
        [missingCountries, extraCountries, missingDyads, extraDyads, missingTopics,
         extraTopics, missingDyadTopics, extraDyadTopics].allSatisfy(\.isEmpty)
    }

    /// Lines such as `  countries  -JP +US`, one per measure that differs.
    public var lines: [String] {
        let rows: [(String, Set<String>, Set<String>)] = [
            ("countries", missingCountries, extraCountries),
            ("dyads", missingDyads, extraDyads),
            ("topics", missingTopics, extraTopics),
            ("dyad topics", missingDyadTopics, extraDyadTopics),
        ]
        return rows.compactMap { name, missing, extra in
            guard !missing.isEmpty || !extra.isEmpty else { return nil }
            let marks = missing.sorted().map { "-" + $0 } + extra.sorted().map { "+" + $0 }
            return "  " + name.padding(toLength: 12, withPad: " ", startingAt: 0)
                + marks.joined(separator: " ")
        }
    }
}
