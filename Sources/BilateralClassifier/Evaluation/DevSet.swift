import Foundation

/// The hand-labelled development set: JSON Lines, one `DevSetItem` a line.
public struct DevSet: Hashable, Sendable {
    public var items: [DevSetItem]

    public init(items: [DevSetItem]) {
        self.items = items
    }

    /// Reads a JSON Lines file; blank lines are skipped.
    /// - Throws: `DevSetError.unreadable` when the file cannot be read,
    ///   `DevSetError.invalidLine` naming the file and line of a bad record.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DevSetError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        try self.init(jsonLines: String(decoding: data, as: UTF8.self), path: url.path)
    }

    /// Parses JSON Lines text; `path` is used in error messages.
    /// - Throws: `DevSetError.invalidLine` for a line that is not a valid item.
    public init(jsonLines: String, path: String = "devset.jsonl") throws {
        let decoder = JSONDecoder()
        var items: [DevSetItem] = []
        for (index, line) in jsonLines.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            do {
                items.append(try decoder.decode(DevSetItem.self, from: Data(line.utf8)))
            } catch {
                throw DevSetError.invalidLine(path: path, line: index + 1, reason: "\(error)")
            }
        }
        self.init(items: items)
    }

    /// The items in one language (`en`), or all when `language` is `nil`.
    public func filtered(language: String?) -> DevSet {
        guard let language else { return self }
        return DevSet(items: items.filter { $0.language == language })
    }
}

/// Why a development set could not be loaded.
public enum DevSetError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)
    case invalidLine(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "devset: cannot read \(path): \(reason)"
        case let .invalidLine(path, line, reason):
            "devset: \(path):\(line): not a valid item: \(reason)"
        }
    }
}
