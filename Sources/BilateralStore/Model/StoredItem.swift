import BilateralRecords
import Foundation

/// An item record as stored, with what only the store knows about it.
public struct StoredItem: Hashable, Sendable {
    /// Insertion order (SQLite rowid), also the JSON Lines export order.
    public var seq: Int64
    /// When the store first saw the item (whole seconds).
    public var firstSeen: Date
    public var record: ItemRecord

    public init(seq: Int64, firstSeen: Date, record: ItemRecord) {
        self.seq = seq
        self.firstSeen = firstSeen
        self.record = record
    }
}
