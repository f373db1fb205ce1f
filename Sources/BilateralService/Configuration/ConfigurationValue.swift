import Foundation
import Logging

/// A configuration value of one of the kinds keys take, parsed from YAML
/// scalars or environment variables and rendered back for `check-config`.
public enum ConfigurationValue: Sendable, Equatable {
    case string(String)
    case optionalString(String?)
    case bool(Bool)
    case integer(Int)
    case seconds(Duration)
    case list([String])
    case level(Logger.Level)

    /// The kind of value a key takes, with the parser for its text form.
    public enum Kind: Sendable, Equatable {
        case string, optionalString, bool, positiveInteger, count, seconds, list, level

        /// What is expected, for error messages.
        public var expectation: String {
            switch self {
            case .string: "a non-empty string"
            case .optionalString: "a string (empty for the default)"
            case .bool: "true or false"
            case .positiveInteger: "an integer of at least 1"
            case .count: "an integer of at least 0"
            case .seconds: "a number of seconds (0 or more)"
            case .list: "a list of strings"
            case .level: "one of " + Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            }
        }

        /// Parses a scalar; lists are written comma-separated in this form.
        public func parse(_ text: String) -> ConfigurationValue? {
            let t = text.trimmingCharacters(in: .whitespaces)
            switch self {
            case .string: return t.isEmpty ? nil : .string(t)
            case .optionalString: return .optionalString(t.isEmpty || t == "~" || t == "null" ? nil : t)
            case .bool:
                switch t.lowercased() {
                case "true", "yes", "on", "1": return .bool(true)
                case "false", "no", "off", "0": return .bool(false)
                default: return nil
                }
            case .positiveInteger: return Int(t).flatMap { $0 >= 1 ? .integer($0) : nil }
            case .count: return Int(t).flatMap { $0 >= 0 ? .integer($0) : nil }
            case .seconds:
                guard let s = Double(t), s.isFinite, s >= 0 else { return nil }
                return .seconds(.milliseconds(Int64((s * 1000).rounded())))
            case .list:
                return .list(t.isEmpty ? [] : t.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            case .level: return Logger.Level(rawValue: t.lowercased()).map(ConfigurationValue.level)
            }
        }
    }

    /// The value as written in YAML.
    public var yaml: String {
        switch self {
        case .string(let s): Self.quoted(s)
        case .optionalString(let s): s.map(Self.quoted) ?? "~"
        case .bool(let b): b ? "true" : "false"
        case .integer(let n): String(n)
        case .seconds(let d): Self.seconds(d)
        case .list(let items): "[" + items.map(Self.quoted).joined(separator: ", ") + "]"
        case .level(let l): l.rawValue
        }
    }

    static func seconds(_ d: Duration) -> String {
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        return ms % 1000 == 0 ? String(ms / 1000) : String(Double(ms) / 1000)
    }

    static func quoted(_ s: String) -> String {
        let plain = s.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) }
            && !s.isEmpty && !s.hasPrefix(".") && !["true", "false", "yes", "no", "null"].contains(s.lowercased())
            && Double(s) == nil
        return plain ? s : "\"" + s.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
