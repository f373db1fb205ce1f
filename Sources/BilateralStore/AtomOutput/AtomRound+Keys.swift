/// Which feeds a round brings up to date, looked up in holds of the store
/// that stay short however large the store or the backlog is.
extension AtomRound {
    /// The feeds items with seq in (`after`, `upTo`] belong in, sorted by
    /// file name; `itemsPerHold` seqs are looked up per hold of the store.
    mutating func keys(after: Int64, upTo: Int64) throws -> [AtomFeedKey] {
        var keys = Set<AtomFeedKey>()
        var low = after
        let step = Int64(max(1, batching.itemsPerHold))
        while low < upTo {
            let high = min(upTo, low + step)
            keys.formUnion(try holding { db in try AtomState.keys(db, after: low, upTo: high) })
            low = high
        }
        return AtomFeedKey.sortedByFileName(keys)
    }

    /// Every feed that has at least one item, sorted by file name: one index
    /// seek per feed, `keysPerHold` per hold of the store.
    mutating func allKeys() throws -> [AtomFeedKey] {
        var keys: [AtomFeedKey] = []
        let (store, perHold) = (store, max(1, batching.keysPerHold))
        for kind in AtomFeedKey.Kind.allCases {
            var last: AtomFeedKey?
            var done = false
            while !done {
                let page = try holding { db in
                    var page: [AtomFeedKey] = []
                    while page.count < perHold,
                          let next = try store.atomKey(kind, after: page.last ?? last, db: db) {
                        page.append(next)
                    }
                    return page
                }
                keys += page
                last = page.last ?? last
                done = page.count < perHold
            }
        }
        return AtomFeedKey.sortedByFileName(keys)
    }
}
