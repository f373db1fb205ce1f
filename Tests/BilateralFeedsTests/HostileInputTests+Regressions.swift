import BilateralFeeds
import Foundation
import Testing

/// Replays every input the fuzzers kept (`fuzz/regressions/<target>/`, committed by
/// fuzz/run.sh): in process through the public API for the BilateralFeeds targets, and through
/// the normally built `Fuzz<target>` executable (same function and invariants as under
/// libFuzzer, no sanitizer) for every target, the lexicon loader included.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static let regressions = SharedData.packageRoot.appendingPathComponent("fuzz/regressions")

    static func inputs(_ target: String) -> [URL] {
        let dir = regressions.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { dir.appendingPathComponent($0) }
    }

    static let targets = ((try? FileManager.default.contentsOfDirectory(atPath: regressions.path)) ?? [])
        .filter { !inputs($0).isEmpty }.sorted()

    @Test("kept FeedReader inputs read or refused with a FeedError, fields capped",
          arguments: inputs("FeedReader"))
    func feedReader(_ input: URL) throws {
        let data = try Data(contentsOf: input)
        for options in [FeedReaderOptions(), FeedReaderOptions(chunkSize: 4096, maxFieldBytes: 64 * 1024)] {
            do {
                let parsed = try FeedReader(options: options).read(data: data, name: input.lastPathComponent)
                let sizes = parsed.items.flatMap { [$0.title, $0.summary, $0.content] }.map { $0?.utf8.count ?? 0 }
                #expect(sizes.allSatisfy { $0 <= options.maxFieldBytes })
            } catch let error as FeedError {
                #expect(error.file == input.lastPathComponent)
            }
        }
    }

    @Test("kept HTMLText and DateParser inputs give text or a date or nil",
          arguments: inputs("HTMLText") + inputs("DateParser"))
    func textAndDates(_ input: URL) throws {
        let text = String(decoding: try Data(contentsOf: input), as: UTF8.self)
        let plain = HTMLText.plainText(text)
        #expect(!plain.contains("\n\n") && !plain.hasPrefix("\n") && !plain.hasSuffix("\n"))
        if let date = DateParser.parse(text) { #expect(date.timeIntervalSince1970.isFinite) }
    }

    @Test("every kept input passes its fuzz executable (built without sanitizers)", arguments: targets)
    func executable(_ target: String) throws {
        let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("Fuzz\(target)")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("skipped: Fuzz\(target) not built beside the tests (swift build --product Fuzz\(target))")
            return
        }
        let run = try ChildRun(binary.path, [Self.regressions.appendingPathComponent(target).path])
        #expect(run.status == 0, "Fuzz\(target) on fuzz/regressions/\(target): status \(run.status)\n\(run.output.suffix(2000))")
        #expect(run.output.split(separator: "\n").filter { $0.hasPrefix("ok: ") }.count == Self.inputs(target).count)
    }
}
