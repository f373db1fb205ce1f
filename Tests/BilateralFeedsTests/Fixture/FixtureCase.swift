import Foundation
import Testing

/// One `Fixtures/<family>/<case>.xml` (or `.xml.gz`) beside its `<case>.json` expectations.
struct FixtureCase: CustomTestStringConvertible, Sendable {
    /// Families owned by other suites (HTML text, dates).
    static let foreignFamilies: Set<String> = ["text", "dates"]

    var family: String
    var name: String
    var xml: URL
    var json: URL

    var testDescription: String { "\(family)/\(name)" }

    static var folder: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }

    /// Every fixture of the feed families, sorted.
    static func all() -> [FixtureCase] {
        let fm = FileManager.default
        let families = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return families.filter { !foreignFamilies.contains($0) }.flatMap { family -> [FixtureCase] in
            let dir = folder.appendingPathComponent(family)
            let files = ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
            return files.compactMap { file -> FixtureCase? in
                guard file.hasSuffix(".xml") || file.hasSuffix(".xml.gz") else { return nil }
                let name = file.replacingOccurrences(of: ".gz", with: "").replacingOccurrences(of: ".xml", with: "")
                let json = dir.appendingPathComponent(name + ".json")
                guard fm.fileExists(atPath: json.path) else { return nil }
                return FixtureCase(family: family, name: name, xml: dir.appendingPathComponent(file), json: json)
            }
        }
    }

    func expectations() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any] ?? [:]
    }
}
