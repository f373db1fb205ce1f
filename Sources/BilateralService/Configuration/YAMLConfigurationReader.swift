import Foundation
import Yams

/// Walks a YAML document against `ConfigurationKey.all`: nested mappings
/// form the dotted paths, scalars and sequences are the values.
struct YAMLConfigurationReader {
    let file: String

    func read(_ text: String, into loaded: inout ConfigurationLoader.Loaded, errors: inout [ConfigurationError]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            errors.append(yamlError(error))
            return
        } catch {
            errors.append(ConfigurationError(source: file, key: "", message: "\(error)"))
            return
        }
        guard let root else { return }  // an empty file is the default
        guard case .mapping(let mapping) = root else {
            errors.append(problem(root, key: "", "the document must be a mapping of keys"))
            return
        }
        walk(mapping, prefix: "", into: &loaded, errors: &errors)
    }

    private func walk(_ mapping: Node.Mapping, prefix: String,
                      into loaded: inout ConfigurationLoader.Loaded, errors: inout [ConfigurationError]) {
        for (keyNode, valueNode) in mapping {
            let path = prefix + (keyNode.string ?? "?")
            let section = ConfigurationKey.all.filter { $0.path.hasPrefix(path + ".") }
            if let key = ConfigurationKey.named(path) {
                set(key, from: valueNode, into: &loaded, errors: &errors)
            } else if !section.isEmpty {
                switch valueNode {
                case .mapping(let nested):
                    walk(nested, prefix: path + ".", into: &loaded, errors: &errors)
                case .scalar where valueNode.null != nil:
                    continue   // `store:` or `store: ~`: a section left empty, its keys at their defaults
                default:
                    let keys = section.map { String($0.path.dropFirst(path.count + 1)) }.joined(separator: ", ")
                    errors.append(problem(valueNode, key: path, "a section: expected a mapping of its keys (\(keys)), not a value"))
                }
            } else {
                errors.append(problem(keyNode, key: path, "unknown key (see `bilateral check-config --keys`)"))
            }
        }
    }

    private func set(_ key: ConfigurationKey, from node: Node,
                     into loaded: inout ConfigurationLoader.Loaded, errors: inout [ConfigurationError]) {
        let value: ConfigurationValue?
        switch (key.kind, node) {
        case (.list, .sequence(let items)):
            let strings = items.compactMap(\.string)
            value = strings.count == items.count ? .list(strings) : nil
        case (.optionalString, .scalar) where node.null != nil:
            value = .optionalString(nil)
        case (_, .scalar) where node.null != nil:
            // `root: ~` would otherwise be the string "~", the home folder.
            errors.append(problem(node, key: key.path, "has no value (~ or nothing); give one, or leave the key out for its default"))
            return
        case (_, .scalar(let scalar)):
            value = key.kind == .list ? nil : key.kind.parse(scalar.string)
        default:
            value = nil
        }
        guard let value else {
            errors.append(problem(node, key: key.path, "expected \(key.kind.expectation)"))
            return
        }
        key.apply(value, to: &loaded.configuration)
        loaded.sources[key.path] = file + (node.mark.map { ":\($0.line)" } ?? "")
    }

    private func problem(_ node: Node, key: String, _ message: String) -> ConfigurationError {
        ConfigurationError(source: file, line: node.mark?.line, column: node.mark?.column, key: key, message: message)
    }

    private func yamlError(_ error: YamlError) -> ConfigurationError {
        let firstLine = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return ConfigurationError(source: file, line: mark.line, column: mark.column, key: "",
                                      message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ConfigurationError(source: file, line: context.mark.line, column: context.mark.column,
                                      key: duplicates.joined(separator: ", "),
                                      message: "given twice in one mapping (each key once)")
        default:
            return ConfigurationError(source: file, key: "", message: "not valid YAML: \(firstLine)")
        }
    }
}
