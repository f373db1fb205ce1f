import Foundation
import Testing
@testable import BilateralService

/// systemd/bilateral.yaml is the configuration reference: it must load and
/// document every key with its default.
@Suite struct SampleConfigurationTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("systemd/bilateral.yaml")

    @Test func sampleLoads() throws {
        let c = try ConfigurationLoader(environment: [:]).load(file: Self.sample.path).configuration
        var expected = DaemonConfiguration()
        expected.watch.root = "/var/lib/bilateral"
        #expect(c == expected)
    }

    @Test func sampleDocumentsEveryKeyWithItsDefault() throws {
        let text = try String(contentsOf: Self.sample, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        for key in ConfigurationKey.all {
            let leaf = String(key.path.split(separator: ".").last!)
            let index = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "# ")).hasPrefix(leaf + ":") },
                "\(key.path) missing from the sample")
            let comment = lines[max(0, index - 3)..<index].joined(separator: "\n")
            #expect(comment.contains("Default"), "\(key.path) has no documented default")
        }
        #expect(text.contains("BILATERAL_WATCH_ROOT"))
    }
}
