import Foundation

/// A set shared by copies of a value type, to say something once per
/// member: `insert` is true the first time only. Thread-safe.
final class OnceSet: @unchecked Sendable {
    private let lock = NSLock()
    private var members = Set<String>()

    init() {}

    /// True when `member` was not in the set (it is now).
    func insert(_ member: String) -> Bool { lock.withLock { members.insert(member).inserted } }
}
