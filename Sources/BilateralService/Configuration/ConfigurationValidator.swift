/// Cross-field and range checks the per-key parsers cannot make.
enum ConfigurationValidator {
    static func check(_ c: DaemonConfiguration, sources: [String: String]) -> [ConfigurationError] {
        var errors: [ConfigurationError] = []
        func fail(_ key: String, _ message: String) {
            let source = sources[key] ?? "default"
            let parts = source.split(separator: ":")
            let line = parts.count > 1 ? Int(parts[parts.count - 1]) : nil
            let file = line == nil ? source : parts.dropLast().joined(separator: ":")
            errors.append(ConfigurationError(source: file, line: line, key: key, message: message))
        }
        if c.watch.pollInterval < .milliseconds(100) {
            fail("watch.poll_interval", "must be at least 0.1 seconds")
        }
        for (key, name) in [("watch.inbox", c.watch.inbox), ("watch.out", c.watch.out),
                            ("watch.failed", c.watch.failed), ("watch.state", c.watch.state)] {
            if name == "." || name.isEmpty { fail(key, "must name a folder other than watch.root") }
        }
        let names = [c.watch.inbox, c.watch.out, c.watch.failed]
        if Set(names).count != names.count {
            fail("watch.inbox", "inbox, out and failed must be different folders")
        }
        if c.workers > 256 { fail("workers", "at most 256") }
        return errors
    }
}
