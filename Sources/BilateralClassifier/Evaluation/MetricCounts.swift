/// True positives, false positives and false negatives of one measure,
/// summed over items (micro-averaging), with precision, recall and F1.
public struct MetricCounts: Hashable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Adds the comparison of one item's predicted set with its expected set.
    public mutating func add<Element: Hashable>(predicted: Set<Element>, expected: Set<Element>) {
        truePositives += predicted.intersection(expected).count
        falsePositives += predicted.subtracting(expected).count
        falseNegatives += expected.subtracting(predicted).count
    }

    /// tp / (tp + fp); 1 when nothing was predicted (no wrong answer given).
    public var precision: Double {
        let predicted = truePositives + falsePositives
        return predicted == 0 ? 1 : Double(truePositives) / Double(predicted)
    }

    /// tp / (tp + fn); 1 when nothing was expected.
    public var recall: Double {
        let expected = truePositives + falseNegatives
        return expected == 0 ? 1 : Double(truePositives) / Double(expected)
    }

    /// Harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }
}
