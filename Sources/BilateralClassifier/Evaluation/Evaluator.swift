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
