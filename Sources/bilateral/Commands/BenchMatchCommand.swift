import ArgumentParser
import BilateralClassifier
import BilateralStore
import Foundation

/// `bilateral bench match`: speed of the phrase automaton (build and scan).
struct BenchMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Measure the phrase matcher: MB/s of plain text and automaton build time.",
        discussion: """
            KEYWORDS is gen_corpus.py's keywords.tsv (phrase, tab, anything). CORPUS is plain text \
            (items separated by blank lines) or an RSS/Atom file from gen_corpus.py, whose titles and \
            descriptions are turned into plain text first (not timed). Prints the median of --runs runs.
            """)

    @Option(help: "Phrase file: one phrase per line, first tab-separated column.")
    var keywords: String

    @Option(help: "Text corpus: plain text, or an RSS/Atom file.")
    var corpus: String

    @Option(help: "Number of timed runs.")
    var runs = 5

    @Option(help: "Also time building an automaton of this many phrases (derived from the keywords).")
    var buildPhrases = 50_000

    @Flag(help: "Also time loading the shipped lexicons and classifying every item with them, --runs times.")
    var classify = false

    func run() throws {
        let phrases = try String(contentsOfFile: keywords, encoding: .utf8)
            .split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) }
        let items = try BenchCorpus.items(path: corpus)
        let bytes = items.reduce(0) { $0 + $1.utf8.count }
        var (matcher, buildSeconds) = timed { PhraseMatcher(phrases: phrases) }
        print("phrases: \(matcher.phraseCount), build: \(milliseconds(buildSeconds)) ms")
        let derived = BenchCorpus.derivedPhrases(from: phrases, count: buildPhrases)
        let (big, bigSeconds) = timed { PhraseMatcher(phrases: derived) }
        print("phrases: \(big.phraseCount), build: \(milliseconds(bigSeconds)) ms")
        print("text: \(items.count) items, \(String(format: "%.1f", Double(bytes) / 1e6)) MB")
        var wall: [Double] = []
        var cpu: [Double] = []
        var found = 0
        for _ in 0..<max(1, runs) {
            let cpuStart = ThreadCPUTime.seconds()
            let (count, seconds) = timed { items.reduce(0) { $0 + matcher.countMatches(in: $1) } }
            found = count
            wall.append(Double(bytes) / 1e6 / seconds)
            cpu.append(Double(bytes) / 1e6 / (ThreadCPUTime.seconds() - cpuStart))
        }
        matcher = PhraseMatcher(phrases: [])
        print("matches: \(found)")
        print("match, wall clock: \(Self.summary(wall))")
        print("match, thread CPU time: \(Self.summary(cpu))")
        if classify { try benchClassifier(items, bytes: bytes) }
    }

    /// Loads the shipped lexicons and classifies every item, --runs times.
    private func benchClassifier(_ items: [String], bytes: Int) throws {
        let shipped = try Lexicon.folders(user: [])
        let (lexicon, loadSeconds) = timed { Result { try Lexicon.load(directories: shipped) } }
        let classifier = Classifier(lexicon: try lexicon.get())
        print("shipped lexicons: load \(milliseconds(loadSeconds)) ms")
        var wall: [Double] = [], cpu: [Double] = [], dyads = 0
        for _ in 0..<max(1, runs) {
            let cpuStart = ThreadCPUTime.seconds()
            let (found, seconds) = timed {
                items.reduce(0) { $0 + classifier.classify(title: nil, text: $1, date: nil).dyads.count }
            }
            cpu.append(Double(bytes) / 1e6 / (ThreadCPUTime.seconds() - cpuStart))
            wall.append(Double(bytes) / 1e6 / seconds)
            dyads = found
        }
        print("classify: \(items.count) items, \(dyads) dyads")
        print("classify, wall clock: \(Self.summary(wall))")
        print("classify, thread CPU time: \(Self.summary(cpu))")
    }

    private static func summary(_ speeds: [Double]) -> String {
        let sorted = speeds.sorted()
        func format(_ value: Double) -> String { String(format: "%.1f", value) }
        return "\(format(sorted[sorted.count / 2])) MB/s median (min \(format(sorted[0])), max \(format(sorted[sorted.count - 1])))"
    }

    private func timed<T>(_ body: () -> T) -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    private func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}


/// Text for `bilateral bench match`: plain-text items from a text file or a
/// generated feed (tags stripped, common entities decoded; bench only).
enum BenchCorpus {
    static func items(path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let head = text.prefix(200)
        guard head.contains("<rss") || head.contains("<feed") || head.hasPrefix("<?xml") else {
            return text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map(native)
        }
        var items: [String] = []
        for chunk in text.components(separatedBy: "<item>").dropFirst() + text.components(separatedBy: "<entry>").dropFirst() {
            var parts: [String] = []
            for tag in ["title", "description", "content:encoded", "summary", "content"] {
                if let body = element(tag, in: chunk) { parts.append(plain(body)) }
            }
            items.append(native(parts.joined(separator: "\n\n")))
        }
        return items
    }

    /// A native UTF-8 copy (Foundation results may be UTF-16 backed, which
    /// would put a conversion inside the timed loop).
    private static func native(_ text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }

    /// `count` phrases: the keywords, then two-keyword combinations.
    static func derivedPhrases(from phrases: [String], count: Int) -> [String] {
        guard !phrases.isEmpty else { return [] }
        var result = Array(phrases.prefix(count))
        var index = 0
        while result.count < count {
            result.append(phrases[index % phrases.count] + " " + phrases[(index * 7 + 3) % phrases.count])
            index += 1
        }
        return result
    }

    private static func element(_ tag: String, in chunk: String) -> String? {
        guard let open = chunk.range(of: "<\(tag)"), let start = chunk[open.upperBound...].firstIndex(of: ">"),
              let close = chunk.range(of: "</\(tag)>", range: start..<chunk.endIndex) else { return nil }
        return String(chunk[chunk.index(after: start)..<close.lowerBound])
    }

    private static func plain(_ body: String) -> String {
        var text = body.replacingOccurrences(of: "<![CDATA[", with: "").replacingOccurrences(of: "]]>", with: "")
        text = decode(text)
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return decode(text)
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
