/// What one `ItemStore.ingest` did.
public struct IngestResult: Hashable, Sendable {
    /// Ids stored for the first time, in the order given.
    public var newIDs: [String]
    /// Ids already stored (from this or another file), now also listed under this file.
    public var existingIDs: [String]

    public init(newIDs: [String] = [], existingIDs: [String] = []) {
        self.newIDs = newIDs
        self.existingIDs = existingIDs
    }
}
