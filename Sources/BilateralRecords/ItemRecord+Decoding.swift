import Foundation

extension ItemRecord {
    /// Reads a record back from the JSON written by `jsonLine()` or
    /// `prettyJSON()` (dates in ISO 8601, absent values as `null`). Fields
    /// added to the format later are ignored.
    /// - Throws: `DecodingError` when the text is not such a record.
    public init(jsonLine: String) throws {
        try self.init(jsonData: Data(jsonLine.utf8))
    }

    /// Like `init(jsonLine:)`, from the UTF-8 bytes of the JSON.
    public init(jsonData: Data) throws {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        self = try decoder.decode(ItemRecord.self, from: jsonData)
    }
}
