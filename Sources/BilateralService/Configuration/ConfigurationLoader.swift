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
        if let file {
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
