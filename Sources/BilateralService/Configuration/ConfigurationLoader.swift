import Foundation
import Yams

/// Builds a `DaemonConfiguration`: the embedded default, overlaid by a YAML
/// file (when given), overlaid by `BILATERAL_*` environment variables.
/// Unknown keys, wrong types and bad values are all collected and thrown
/// together as `ConfigurationErrors`, each naming the key, the file and the line.
public struct ConfigurationLoader: Sendable {
    /// The loaded configuration and where each key's value came from.
    public struct Loaded: Sendable {
        public var configuration: DaemonConfiguration
        /// Key path → `file:line` or the environment variable, for keys not left at their default.
        public var sources: [String: String]
        /// What was ignored and should be said (a `BILATERAL_*` variable that is no key's).
        public var warnings: [String] = []
    }

    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Loads `file` (nil: no file, the embedded default) and the environment.
    /// - Throws: `ConfigurationErrors` listing every problem.
    public func load(file: String?) throws(ConfigurationErrors) -> Loaded {
        var loaded = Loaded(configuration: DaemonConfiguration(), sources: [:])
        var errors: [ConfigurationError] = []
        var isFolder: ObjCBool = false
        if let file, FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            errors.append(ConfigurationError(source: file, key: "", message: "is a folder, not a configuration file"))
        } else if let file, !FileManager.default.fileExists(atPath: file) {
            errors.append(ConfigurationError(source: file, key: "", message: "no such file"))
        } else if let file {
            do {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                YAMLConfigurationReader(file: file).read(text, into: &loaded, errors: &errors)
            } catch {
                errors.append(ConfigurationError(source: file, key: "", message: "cannot read: \(error.localizedDescription)"))
            }
        }
        applyEnvironment(to: &loaded, errors: &errors)
        errors += ConfigurationValidator.check(loaded.configuration, sources: loaded.sources)
        if !errors.isEmpty { throw ConfigurationErrors(errors) }
        return loaded
    }

    /// Whether `name` is no key's variable but looks like one: under a section's prefix
    /// (`BILATERAL_WATCH_ROOTT`), or within two letters of a key's variable (`BILATERAL_WORKER`).
    static func looksLikeAKey(_ name: String) -> Bool {
        guard name.hasPrefix("BILATERAL_"), !variables.contains(name) else { return false }
        return sections.contains { name.hasPrefix($0) } || variables.contains { distance(name, $0) <= 2 }
    }

    /// The keys' variables, and their sections' prefixes (`BILATERAL_WATCH_`).
    private static let variables = Set(ConfigurationKey.all.map(\.environmentVariable))
    private static let sections = Set(ConfigurationKey.all.compactMap { key in
        key.path.contains(".") ? "BILATERAL_" + key.path.split(separator: ".")[0].uppercased() + "_" : nil
    })

    /// Levenshtein distance of two ASCII names.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    func applyEnvironment(to loaded: inout Loaded, errors: inout [ConfigurationError]) {
        // Not errors, as an unknown key of the file is: the environment is shared with other
        // programs (test harnesses and CI set BILATERAL_* variables of their own, which are left
        // alone), but a misspelt BILATERAL_WATCH_ROOTT must not pass silently.
        for name in environment.keys.sorted() where Self.looksLikeAKey(name) {
            loaded.warnings.append("environment: \(name) is not a configuration variable and is ignored"
                + " (`bilateral check-config --keys` lists the keys; the variable is BILATERAL_ and the key in upper case)")
        }
        for key in ConfigurationKey.all {
            guard let text = environment[key.environmentVariable] else { continue }
            guard let value = key.kind.parse(text) else {
                errors.append(ConfigurationError(source: "environment", key: key.environmentVariable,
                                                 message: "expected \(key.kind.expectation), got '\(text)'"))
                continue
            }
            key.apply(value, to: &loaded.configuration)
            loaded.sources[key.path] = key.environmentVariable
        }
    }
}
