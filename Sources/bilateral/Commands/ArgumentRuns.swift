/// Long runs of plain arguments, folded before ArgumentParser sees them.
///
/// ArgumentParser appends each value of an array argument by copying the array so far (and the
/// set of inputs it came from), so `bilateral classify archive/*.xml` spent O(n²) parsing its
/// arguments before reading the first file (16,000 paths: 15.8 s of CPU for the whole command,
/// 0.36 s with the runs folded). Here each run of consecutive arguments that do not start with
/// "-" keeps its first argument and has the rest folded into one placeholder. ArgumentParser
/// treats the placeholder like the arguments it stands for (a plain value after a plain value:
/// the same array gets both), and `expand` puts the arguments back in its place, in order. A
/// placeholder holds a NUL byte, which no argument of a process can hold, so it is never
/// mistaken for one.
struct ArgumentRuns: Sendable {
    /// The arguments as ArgumentParser is to see them.
    private(set) var folded: [String] = []
    /// The arguments each placeholder stands for, by placeholder.
    private var runs: [String: ArraySlice<String>] = [:]

    /// Folds the runs of `arguments` after the first `keep` (which are kept as they are: the
    /// subcommand's name).
    init(_ arguments: [String], keeping keep: Int) {
        folded.reserveCapacity(min(arguments.count, 64))
        folded += arguments.prefix(keep)
        var index = min(keep, arguments.count)
        while index < arguments.count {
            var end = index
            while end < arguments.count, !arguments[end].hasPrefix("-") { end += 1 }
            if end - index >= 2 {
                folded.append(arguments[index])
                let placeholder = "\u{0}run \(runs.count)"
                runs[placeholder] = arguments[(index + 1)..<end]
                folded.append(placeholder)
            } else if end > index {
                folded.append(arguments[index])
            }
            if end < arguments.count { folded.append(arguments[end]) }
            index = end + 1
        }
    }

    /// `values` with each placeholder replaced by the arguments it stands for.
    func expand(_ values: [String]) -> [String] {
        guard !runs.isEmpty else { return values }
        var expanded: [String] = []
        expanded.reserveCapacity(values.count + runs.values.reduce(0) { $0 + $1.count })
        for value in values {
            if let run = runs[value] { expanded += run } else { expanded.append(value) }
        }
        return expanded
    }
}
