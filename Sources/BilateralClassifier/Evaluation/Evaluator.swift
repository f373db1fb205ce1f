/// Runs a classifier over a development set and compares its readings with
/// the hand labels.
public struct Evaluator: Sendable {
    public init() {}

    /// Classifies every item with `classify` and scores the answers.
    /// - Parameters:
    ///   - devSet: the labelled items.
    ///   - classify: the classifier under test (text, date → reading).
    /// - Throws: whatever `classify` throws.
    public func evaluate(_ devSet: DevSet,
                         classify: (DevSetItem) throws -> Reading) rethrows -> EvaluationReport {
        var report = EvaluationReport()
        for item in devSet.items {
            report.add(item: item, predicted: try classify(item))
        }
        return report
    }
}

extension Evaluator {
    /// Scores `classifier` on the set: each item's title, text and day are
    /// classified as the daemon would classify them.
    public func evaluate(_ devSet: DevSet, with classifier: Classifier) -> EvaluationReport {
        evaluate(devSet) { item in
            Reading(classifier.classify(title: item.title, text: item.text, date: item.day))
        }
    }
}
