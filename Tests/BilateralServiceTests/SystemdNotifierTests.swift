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
        let socket = try NotifySocket()
        defer { socket.close() }
        let n = SystemdNotifier(environment: ["NOTIFY_SOCKET": socket.path])
        n.ready()
        n.status("12 items")
        #expect(socket.receive() == "READY=1")
        #expect(socket.receive() == "STATUS=12 items")
    }

    @Test func startupKeepaliveExtendsTheTimeoutWhileTheStepRuns() throws {
        let socket = try NotifySocket()
        defer { socket.close() }
        let keepalive = StartupKeepalive(notifier: SystemdNotifier(environment: ["NOTIFY_SOCKET": socket.path]),
                                        interval: .milliseconds(50))
        // Read while the step runs, as systemd does (a datagram socket's queue is short).
        let received = Received()
        let reader = Thread {
            while let message = socket.receive(timeout: .milliseconds(500)) { received.append(message) }
            received.finish()
        }
        reader.start()
        let value = keepalive.around(status: "migrating") { () -> Int in
            Thread.sleep(forTimeInterval: 0.3)
            return 42
        }
        #expect(value == 42)
        let messages = received.waitForEnd()
        #expect(messages.first == "STATUS=migrating")
        #expect(messages.filter { $0 == "EXTEND_TIMEOUT_USEC=150000" }.count >= 3)
        #expect(messages.filter { $0 == "WATCHDOG=1" }.count >= 3)
        // Nothing more once the step is over.
        #expect(socket.receive(timeout: .milliseconds(200)) == nil)
        // An error of the step reaches the caller.
        #expect(throws: CocoaError.self) {
            try keepalive.around(status: "failing") { throw CocoaError(.fileReadNoPermission) }
        }
    }
}

/// Messages collected by a reader thread.
private final class Received: @unchecked Sendable {
    private let condition = NSCondition()
    private var messages: [String] = []
    private var ended = false

    func append(_ message: String) { condition.lock(); messages.append(message); condition.unlock() }
    func finish() { condition.lock(); ended = true; condition.broadcast(); condition.unlock() }
    func waitForEnd() -> [String] {
        condition.lock()
        defer { condition.unlock() }
        while !ended { condition.wait() }
        return messages
    }
}

/// A datagram socket standing in for systemd's `$NOTIFY_SOCKET`.
private struct NotifySocket: Sendable {
    let path: String
    let fd: Int32

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-notify-\(UUID().uuidString.prefix(8)).sock").path
        unlink(path)
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        #expect(fd >= 0)
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
    }

    /// The next datagram, or nil when none arrives within `timeout`.
    func receive(timeout: Duration = .seconds(5)) -> String? {
        var tv = timeval(tv_sec: Int(timeout.components.seconds),
                         tv_usec: Int(timeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = recv(fd, &buffer, buffer.count, 0)
        return n < 0 ? nil : String(decoding: buffer[0..<n], as: UTF8.self)
    }

    func close() {
        _ = Glibc.close(fd)
        unlink(path)
    }
}
