/// The evidence text of each sentence of an analysed text, built the first
/// time it is asked for (a sentence is often the evidence of several dyad
/// topics of one item).
struct SentenceTexts {
    private let analysis: TextAnalysis
    private var texts: [String?]

    init(analysis: TextAnalysis) {
        self.analysis = analysis
        texts = Array(repeating: nil, count: analysis.sentences.count)
    }

    /// `TextAnalysis.sentenceText(index)`, built once.
    subscript(index: Int) -> String {
        mutating get {
            if let text = texts[index] { return text }
            let text = analysis.sentenceText(index)
            texts[index] = text
            return text
        }
    }
}
