import Foundation

/// One case of `../shared/conformance/feedparser/cases.jsonl`.
struct ConformanceCase {
    var inputFile: String
    var format: String
    var expect: [String: Any]
    var policyDependent: [String]

    init?(line: String) {
        guard let data = line.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let input = object["input_file"] as? String else { return nil }
        inputFile = input
        format = object["format"] as? String ?? "?"
        expect = object["expect"] as? [String: Any] ?? [:]
        policyDependent = (object["policy_dependent"] as? [Any])?.map { "\($0)" } ?? []
    }

    static func loadAll(from folder: URL) throws -> [ConformanceCase] {
        let text = try String(contentsOf: folder.appendingPathComponent("cases.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { ConformanceCase(line: String($0)) }
    }
}
