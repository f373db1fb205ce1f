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
            // Sources/CAllocator's malloc_conf is applied (unless MALLOC_CONF sets it).
            if ProcessInfo.processInfo.environment["MALLOC_CONF"] == nil {
                #expect(ProcessAllocator.signedOption("opt.dirty_decay_ms") == 1000)
                #expect(ProcessAllocator.signedOption("opt.muzzy_decay_ms") == 0)
            }
            #expect(ProcessAllocator.signedOption("opt.no_such_option") == nil)
        } else {
            #expect(!ProcessAllocator.isJemalloc, "a sanitizer's runtime should serve malloc: \(description)")
            #expect(description.hasPrefix("malloc from "), "\(description)")
            #expect(ProcessAllocator.signedOption("opt.dirty_decay_ms") == nil)
        }
        #else
        #expect(description.hasPrefix("malloc from "), "\(description)")
        #endif
    }
}
