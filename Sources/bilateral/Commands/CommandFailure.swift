/// An error a command finds while it runs, printed by ArgumentParser as `Error: <message>`
/// with exit status 1. A `ValidationError` thrown from `run()` would be followed by the root
/// command's usage line (`Usage: bilateral <subcommand>`), which says nothing of the problem.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) { description = message }
}
