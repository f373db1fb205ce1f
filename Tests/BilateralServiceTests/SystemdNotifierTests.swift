import Foundation
import Glibc
import Testing
@testable import BilateralService

@Suite struct SystemdNotifierTests {
    @Test func disabledWithoutSocket() {
        let n = SystemdNotifier(environment: [:])
        #expect(!n.isEnabled)
        #expect(n.watchdogInterval == nil)
        #expect(!n.send("READY=1"))
    }

    @Test func watchdogIntervalIsHalfOfWatchdogUsec() {
        let n = SystemdNotifier(environment: ["WATCHDOG_USEC": "20000000"])
        #expect(n.watchdogInterval == .seconds(10))
    }

    @Test func sendsDatagramsToTheSocket() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("bilateral-notify-\(getpid()).sock").path
        unlink(path)
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd); unlink(path) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        let n = SystemdNotifier(environment: ["NOTIFY_SOCKET": path])
        n.ready()
        n.status("12 items")
        var buffer = [UInt8](repeating: 0, count: 256)
        let first = recv(fd, &buffer, buffer.count, 0)
        #expect(String(decoding: buffer[0..<max(0, first)], as: UTF8.self) == "READY=1")
        let second = recv(fd, &buffer, buffer.count, 0)
        #expect(String(decoding: buffer[0..<max(0, second)], as: UTF8.self) == "STATUS=12 items")
    }
}
