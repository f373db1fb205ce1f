/// An item row as the Atom writer reads it under the store's lock, to be
/// decoded after releasing it.
struct AtomStoredRow {
    var seq: Int64
    var firstSeenSeconds: Int64
    var json: String
}
