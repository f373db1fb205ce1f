/// The working lists of `ClassificationAssembler.evidence`, kept from one
/// dyad topic of an item to the next so that each topic's evidence costs no
/// allocation but its result (two arrays per dyad topic before).
struct EvidenceScratch {
    /// Summed cue weight of each sentence of the topic.
    var weights: [(sentence: Int, weight: Double)] = []
    /// The evidence chosen so far, with its sentence.
    var kept: [(sentence: Int, text: String)] = []

    /// Empties both lists, keeping their storage.
    mutating func clear() {
        if !weights.isEmpty { weights.removeAll(keepingCapacity: true) }
        if !kept.isEmpty { kept.removeAll(keepingCapacity: true) }
    }
}
