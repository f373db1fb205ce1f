/// What the writer tells an observer (tests): when it takes and releases
/// the store, and when it writes a file.
enum AtomRoundEvent: Equatable, Sendable {
    /// The store's lock is held from here...
    case storeTaken
    /// ...to here (sent after the lock is released).
    case storeReleased
    /// A feed file was created or replaced.
    case wrote(String)
}
