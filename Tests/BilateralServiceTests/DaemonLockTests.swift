import Foundation
import Testing
@testable import BilateralService

@Suite struct DaemonLockTests {
    @Test func secondHolderIsRefusedUntilReleased() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(!DaemonLock.isHeld(stateFolder: folder.url))
        let lock = try DaemonLock(stateFolder: folder.url)
        #expect(DaemonLock.isHeld(stateFolder: folder.url))
        #expect(throws: ServiceError.self) { _ = try DaemonLock(stateFolder: folder.url) }
        lock.release()
        #expect(!DaemonLock.isHeld(stateFolder: folder.url))
    }
}
