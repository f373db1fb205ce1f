#if canImport(Glibc)
import Glibc
#endif

/// Which names in the inbox are feed files (spec/output.md): `*.xml`,
/// `*.rss`, `*.atom`, `*.rdf`, and the same with `.gz`, case-insensitive;
/// minus names matching an ignore pattern (`.*`, `*.tmp`, `*.part`, `*~`
/// by default), which are read once renamed to a name that does not.
public struct InboxFileFilter: Sendable {
    public static let extensions = ["xml", "rss", "atom", "rdf"]
    public var ignore: [String]

    public init(ignore: [String]) {
        self.ignore = ignore
    }

    public func accepts(_ name: String) -> Bool {
        guard !name.isEmpty, !name.contains("/") else { return false }
        if ignore.contains(where: { fnmatch($0, name, 0) == 0 }) { return false }
        var parts = name.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        if parts.last == "gz" {
            parts.removeLast()
            guard parts.count >= 2 else { return false }
        }
        return Self.extensions.contains(String(parts.last!))
    }
}
