import Foundation

/// Pass counts per field and per format, and the list of differences.
struct ConformanceTally {
    struct Count {
        var passed = 0
        var total = 0
        var rate: Double { total == 0 ? 1 : Double(passed) / Double(total) }
        var text: String { String(format: "%d/%d (%.1f%%)", passed, total, rate * 100) }
    }

    var core = Count()
    var policy = Count()
    var byField: [String: Count] = [:]
    var byFormat: [String: Count] = [:]
    var differences: [String] = []

    mutating func record(field: String, format: String, policyDependent: Bool, ok: Bool, line: @autoclosure () -> String) {
        func bump(_ c: inout Count) { c.total += 1; if ok { c.passed += 1 } }
        bump(&byField[field, default: Count()])
        if policyDependent {
            bump(&policy)
        } else {
            bump(&core)
            bump(&byFormat[format, default: Count()])
        }
        if !ok { differences.append(line()) }
    }

    var summary: String {
        var lines = ["conformance: core (not policy_dependent) \(core.text); policy_dependent \(policy.text)"]
        lines += byField.keys.sorted().map { "  field \($0): \(byField[$0]!.text)" }
        lines += byFormat.keys.sorted().map { "  format \($0): \(byFormat[$0]!.text)" }
        return lines.joined(separator: "\n")
    }
}
