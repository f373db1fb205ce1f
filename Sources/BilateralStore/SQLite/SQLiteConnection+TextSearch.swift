import CSQLite
import Foundation

extension SQLiteConnection {
    /// The SQL function `bilateral_contains(text, words)`: 1 when `text` contains `words` with
    /// case and accents ignored in every script (`ItemTextSearch`), 0 when not, NULL when
    /// either is NULL. SQLite's LIKE ignores the case of ASCII letters only (`état` did not find
    /// `État`), and most real feeds are not English.
    static let containsFunction = "bilateral_contains"

    /// Registers `containsFunction` on this connection.
    func registerTextSearch() throws {
        let rc = sqlite3_create_function_v2(handle, Self.containsFunction, 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                            nil, bilateralContains, nil, nil, nil)
        guard rc == SQLITE_OK else { throw failure(rc, "cannot register \(Self.containsFunction)") }
    }
}

/// What a case- and accent-blind text search finds: `query --text`.
enum ItemTextSearch {
    static let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]

    /// Whether `text` contains `words`, case and accents aside: `etat` finds `L'État`,
    /// `договор` finds `ДОГОВОР`, `strasse` finds `Straße`; no locale's rules.
    static func contains(_ text: String, _ words: String) -> Bool {
        words.isEmpty || text.range(of: words, options: options, range: nil, locale: nil) != nil
    }
}

/// The C body of `bilateral_contains`.
private func bilateralContains(_ context: OpaquePointer?, _ count: Int32,
                               _ arguments: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let arguments, count == 2, let text = string(arguments[0]), let words = string(arguments[1]) else {
        sqlite3_result_null(context)
        return
    }
    sqlite3_result_int(context, ItemTextSearch.contains(text, words) ? 1 : 0)
}

private func string(_ value: OpaquePointer?) -> String? {
    // sqlite3_value_text first: it may convert the value, then _bytes gives the converted length.
    guard let bytes = sqlite3_value_text(value) else { return nil }
    return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_value_bytes(value))), as: UTF8.self)
}
