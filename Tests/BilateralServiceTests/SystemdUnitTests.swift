import Foundation
import Testing

/// Lints systemd/bilateral.service with systemd-analyze: `verify` must print
/// nothing at all (it exits 0 on unknown keys), and `security` must rate the
/// unit "OK" or better.
@Suite struct SystemdUnitTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let analyzer = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: analyzer!)
        process.arguments = arguments
        process.environment = ["SYSTEMD_LOG_COLOR": "0", "SYSTEMD_COLORS": "0", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The unit with ExecStart pointing at an executable that exists here
    /// (as `make install` rewrites it), in a fresh folder.
    static func installedCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unit-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let unit = try String(contentsOf: root.appendingPathComponent("systemd/bilateral.service"), encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/bilateral", with: "/bin/true")
        let file = folder.appendingPathComponent("bilateral.service")
        try unit.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test(.enabled(if: analyzer != nil, "skipped: systemd-analyze not installed"))
    func verifyPrintsNothing() throws {
        let unit = try Self.installedCopy()
        defer { try? FileManager.default.removeItem(at: unit.deletingLastPathComponent()) }
        let result = try Self.run(["verify", unit.path])
        #expect(result.status == 0)
        #expect(result.output.isEmpty, "systemd-analyze verify said:\n\(result.output)")
    }

    @Test(.enabled(if: analyzer != nil, "skipped: systemd-analyze not installed"))
    func securityRatesItOKOrBetter() throws {
        let unit = try Self.installedCopy()
        defer { try? FileManager.default.removeItem(at: unit.deletingLastPathComponent()) }
        var result = try Self.run(["security", "--offline=true", "--no-pager", unit.path])
        if result.output.contains("unrecognized option") {
            result = try Self.run(["security", "--no-pager", unit.path])
        }
        let verdict = try #require(result.output.split(separator: "\n").last { $0.contains("Overall exposure level") })
        #expect(["OK", "SAFE"].contains { verdict.contains(" \($0)") }, "rated: \(verdict)")
    }

    @Test func everyHardeningLineIsCommented() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("systemd/bilateral.service"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("# Hardening") }) else {
            Issue.record("no hardening section")
            return
        }
        for (offset, line) in lines[start...].enumerated() {
            if line.hasPrefix("[") { break }
            guard line.contains("="), !line.hasPrefix("#") else { continue }
            let above = lines[start + offset - 1]
            #expect(above.hasPrefix("#") || (!above.isEmpty && !above.hasPrefix("[")), "uncommented: \(line)")
        }
    }
}
