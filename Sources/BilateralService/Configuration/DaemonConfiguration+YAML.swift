extension DaemonConfiguration {
    /// The configuration as a YAML document that `ConfigurationLoader` reads
    /// back to the same value: one line per key, grouped by section, each
    /// commented with where its value came from (`default` when not set).
    public func yamlDocument(sources: [String: String] = [:]) -> String {
        var lines: [String] = []
        var section = ""
        for key in ConfigurationKey.all {
            let parts = key.path.split(separator: ".").map(String.init)
            let indent: String
            if parts.count == 2 {
                if parts[0] != section {
                    section = parts[0]
                    lines.append(section + ":")
                }
                indent = "  "
            } else {
                section = ""
                indent = ""
            }
            let value = key.value(in: self).yaml
            lines.append("\(indent)\(parts.last!): \(value)  # \(sources[key.path] ?? "default")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every key with its environment variable and meaning, for `check-config --keys`.
    public static func keyReference() -> String {
        let defaults = DaemonConfiguration()
        return ConfigurationKey.all.map { key in
            "\(key.path)  (\(key.environmentVariable), default \(key.value(in: defaults).yaml))\n    \(key.summary)"
        }.joined(separator: "\n") + "\n"
    }
}
