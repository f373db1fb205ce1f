/// The names a store's classifications use: what `query` may find items by.
public struct StoredKeyNames: Hashable, Sendable {
    /// Item and pair topic ids (`energy`).
    public var topics: Set<String>
    /// Country and organisation codes (`RU`, `EU`).
    public var codes: Set<String>
    /// Pairs, sorted codes joined by `-` (`CN-RU`).
    public var pairs: Set<String>

    public init(topics: Set<String> = [], codes: Set<String> = [], pairs: Set<String> = []) {
        self.topics = topics
        self.codes = codes
        self.pairs = pairs
    }
}
