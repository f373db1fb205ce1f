// Release-mode throughput of HTMLText.plainText over real-shaped item bodies.
// Built together with Sources/BilateralFeeds/Text by html-text-bench.sh (not part of the package).
import Foundation

@main
enum HTMLTextBench {
    /// CPU time of this thread: the machine is shared, so wall time says little.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            print("usage: html-text-bench FRAGMENTS [ROUNDS]")
            return
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
        let fragments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        let bytes = fragments.reduce(0) { $0 + $1.utf8.count }
        let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 7 : 7
        var rates: [Double] = []
        var wallRates: [Double] = []
        var outputBytes = 0
        for _ in 0..<rounds {
            var produced = 0
            let start = cpuSeconds()
            let wallStart = ContinuousClock.now
            for fragment in fragments { produced &+= HTMLText.plainText(fragment).utf8.count }
            let seconds = cpuSeconds() - start
            let wall = ContinuousClock.now - wallStart
            wallRates.append(Double(bytes) / (Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18) / 1e6)
            outputBytes = produced
            rates.append(Double(bytes) / seconds / 1e6)
        }
        rates.sort()
        wallRates.sort()
        print(String(format: "%d fragments, %.1f MB of HTML -> %.1f MB of text; %d rounds: median %.0f MB/s of CPU time (min %.0f, max %.0f), %.0f MB/s of wall time",
                     fragments.count, Double(bytes) / 1e6, Double(outputBytes) / 1e6, rounds,
                     rates[rates.count / 2], rates.first!, rates.last!, wallRates[wallRates.count / 2]))
    }
}
