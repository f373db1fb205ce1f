import BilateralFeeds
import Foundation

/// libFuzzer target for `FeedReader.read(data:)`: any bytes (plain or gzip) must come back as
/// a parsed feed or a `FeedError`, never a crash, a hang or unbounded memory.
///
/// Built normally (`swift build --product FuzzFeedReader`) it runs each file or directory given
/// as an argument through the same function, which is how the regression test and CI use it.
/// Built with `fuzz/run.sh FeedReader SECONDS` (`-sanitize=fuzzer,address`) libFuzzer's own
/// `main` drives `LLVMFuzzerTestOneInput` below.
@main
enum FuzzFeedReader {
    /// Tighter than the daemon's defaults so that one input stays well inside libFuzzer's
    /// time and memory limits; the limits themselves are what is being exercised.
    static let reader = FeedReader(options: FeedReaderOptions(
        chunkSize: 4096, maxFieldBytes: 64 * 1024, maxDecompressedBytes: 8 << 20, collectLimit: 1 << 20))

    static func fuzz(_ data: Data) {
        do {
            let feed = try reader.read(data: data, name: "<fuzz>")
            for item in feed.items { checkFieldCaps(item) }
        } catch let error as FeedError {
            precondition(!error.description.isEmpty)
        } catch {
            preconditionFailure("FeedReader threw a non-FeedError: \(error)")
        }
    }

    /// The field cap holds for every captured field, whatever the input.
    static func checkFieldCaps(_ item: FeedItem) {
        let cap = reader.options.maxFieldBytes
        for field in [item.title, item.summary, item.content, item.link, item.guid] {
            precondition((field?.utf8.count ?? 0) <= cap, "a field passed the \(cap)-byte cap")
        }
    }

    /// `--daemon-limits FILE...` streams each file with the daemon's default options instead
    /// (`FeedReader.read(file:onItem:)`, never the whole file in memory) and prints the item
    /// count, the largest field and the outcome: the hostile-input tests run it in a child
    /// process to measure peak memory. `--repeat=N` reads each file N times (a leak shows as
    /// peak memory growing with N).
    static func main() {
        if CommandLine.arguments.contains("--daemon-limits") {
            streamWithDaemonLimits(CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("-") })
        }
        FuzzInputRunner.main(entry: fuzzFeedReaderOneInput, fuzz)
    }

    static func streamWithDaemonLimits(_ paths: [String]) -> Never {
        let repeats = CommandLine.arguments.first { $0.hasPrefix("--repeat=") }.flatMap { Int($0.dropFirst(9)) } ?? 1
        for _ in 1..<max(1, repeats) {
            for path in paths { _ = try? FeedReader().read(file: path) { _ in } }
        }
        for path in paths {
            var count = 0
            var largest = 0
            do {
                let result = try FeedReader().read(file: path) { item in
                    count += 1
                    let fields = [item.title, item.summary, item.content, item.link, item.guid, item.text]
                    largest = max(largest, fields.map { $0?.utf8.count ?? 0 }.max() ?? 0)
                }
                print("read: \(path) items=\(count) largest-field=\(largest) recovered=\(result.recovered) diagnostics=\(result.diagnostics.prefix(3))")
            } catch {
                print("error: \(path) items=\(count) largest-field=\(largest) \(error)")
            }
        }
        print("peak-kb: \(peakKilobytes())")
        exit(0)
    }

    /// VmHWM of this process from /proc/self/status (per address space: unlike ru_maxrss it
    /// does not include the parent's memory at the time of a vfork-style spawn); 0 if unknown.
    static func peakKilobytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedReaderOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzFeedReader.fuzz(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
