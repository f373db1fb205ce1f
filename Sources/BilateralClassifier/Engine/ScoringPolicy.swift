import Foundation

/// The fixed numbers of scoring (FORMAT.md, "Dyads and scores").
enum ScoringPolicy {
    /// A topic passes, for a dyad or for the item, when its score is at
    /// least this. With `score = 1 - exp(-S)` it takes a summed cue weight
    /// `S ≥ ln 2 ≈ 0.69`: one strong cue (0.7+) or two moderate ones.
    static let threshold = 0.5
    /// Evidence sentences kept per dyad topic (the strongest, in text order).
    static let evidenceLimit = 3
    /// The topic whose cues `territory` phrases route to the territory's pairs.
    static let territorialTopic = "territorial-dispute"

    /// `1 - exp(-S)`, never negative, rounded to three decimals.
    static func score(_ sum: Double) -> Double {
        guard sum > 0 else { return 0 }
        return ((1 - exp(-sum)) * 1000).rounded() / 1000
    }
}
