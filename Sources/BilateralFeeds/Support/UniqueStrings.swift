/// Trimmed, non-empty strings without repeats, in the order added (first occurrence kept).
///
/// Item authors and subjects are a handful of strings: they are compared by a linear search
/// until there are 16, then through a set. `AdapterSupport.unique([a] + list + [b])` built
/// three arrays, a set and a cast copy per item, ~2% of a parse.
struct UniqueStrings {
    private static let linearLimit = 16
    private(set) var values: [String] = []
    private var seen: Set<String> = []

    /// Adds `value` trimmed, unless it is nil, empty or already there.
    mutating func add(_ value: String?) {
        guard let t = AdapterSupport.trimmed(value) else { return }
        if values.count < Self.linearLimit {
            guard !values.contains(t) else { return }
            values.append(t)
            if values.count == Self.linearLimit { seen = Set(values) }
        } else {
            guard seen.insert(t).inserted else { return }
            values.append(t)
        }
    }

    /// Adds each of `values` in order.
    mutating func add(contentsOf values: [String]) {
        for value in values { add(value) }
    }
}
