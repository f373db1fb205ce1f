/// When the store moves the newest classification rows from the small
/// `item_key_recent` B-tree into the main `item_key` one (see
/// `ItemStore.open` and migration v4).
///
/// Every commit adds rows to many keys, and a key-ordered B-tree gets them
/// on as many pages, each written whole to the log at commit: inserted
/// straight into `item_key`, a commit of ~10 dense files rewrote most of
/// the tree (the 2,000-file benchmark wrote 5.6 GB for 174 MB of feeds,
/// 8.4 GB for the next 2,000 into the same database). Rows first go to the
/// small tree, whose few pages are what commits rewrite, and are moved in
/// key order once it holds `mergeRows`, so each page of `item_key` is
/// rewritten once per merge instead of once per commit.
public struct RecentKeyPolicy: Sendable, Equatable {
    /// A commit that leaves at least this many rows in `item_key_recent`
    /// moves them all into `item_key` in the same transaction (131,072 by
    /// default: about 2.6 MB, some 3,000 dense or 25,000 typical items).
    public var mergeRows: Int

    /// Values below 1 become 1 (every commit merges: no recent rows between commits).
    public init(mergeRows: Int = 1 << 17) {
        self.mergeRows = max(1, mergeRows)
    }
}
