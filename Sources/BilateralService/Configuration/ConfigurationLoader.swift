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

    func applyEnvironment(to loaded: inout Loaded, errors: inout [ConfigurationError]) {
        // Not errors, as an unknown key of the file is: the environment is shared with other
        // programs (test harnesses set BILATERAL_* variables of their own), but a misspelt
        // BILATERAL_WATCH_ROOTT must not pass silently.
        let known = Set(ConfigurationKey.all.map(\.environmentVariable))
        for name in environment.keys.sorted() where name.hasPrefix("BILATERAL_") && !known.contains(name) {
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
