import BilateralService
import Foundation
import Testing

/// The daemon links jemalloc on Linux (`Sources/CAllocator`): the test binary links it the
/// same way, so that it runs the whole suite on it. Under a sanitizer the sanitizer's runtime
/// serves malloc instead, and says so.
@Suite struct ProcessAllocatorTests {
    @Test("malloc is jemalloc's, or a sanitizer's runtime's under a sanitizer, and the description says which")
    func allocatorInUse() {
        let description = ProcessAllocator.description
        #if os(Linux)
        if ProcessInfo.processInfo.environment["BILATERAL_SANITIZER"] == nil {
            #expect(ProcessAllocator.isJemalloc, "malloc is served by: \(description)")
            #expect(description.hasPrefix("jemalloc "), "\(description)")
        } else {
            #expect(!ProcessAllocator.isJemalloc, "a sanitizer's runtime should serve malloc: \(description)")
            #expect(description.hasPrefix("malloc from "), "\(description)")
        }
        #else
        #expect(description.hasPrefix("malloc from "), "\(description)")
        #endif
    }
}
