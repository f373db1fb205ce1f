import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The daemon under a fake systemd: a datagram socket as `$NOTIFY_SOCKET`
/// and a watchdog of one second. It must send READY=1 after the first scan,
/// STATUS= lines, WATCHDOG=1 pings, and STOPPING=1 on SIGTERM.
@Suite(.serialized) struct DaemonNotifyTests {
    /// A bound `AF_UNIX` datagram socket that collects messages.
    final class NotifySocket {
        let fd: Int32
        let path: String

        init(path: String) throws {
            self.path = path
            fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                for (i, b) in path.utf8.enumerated() { raw[i] = b }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            guard fd >= 0, bound == 0 else { throw DaemonHarness.Timeout(description: "cannot bind \(path)") }
            var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        /// Messages received until `predicate` holds for one of them or `seconds` pass.
        func receive(for seconds: Double, until predicate: (String) -> Bool) -> [String] {
            var messages: [String] = []
            var buffer = [UInt8](repeating: 0, count: 1024)
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                let n = recv(fd, &buffer, buffer.count, 0)
                guard n > 0 else { continue }
                let message = String(decoding: buffer[0..<n], as: UTF8.self)
                messages.append(message)
                if predicate(message) { break }
            }
            return messages
        }

        deinit {
            close(fd)
            unlink(path)
        }
    }

    @Test func readyStatusWatchdogStopping() throws {
        let daemon = try DaemonHarness()
        defer { daemon.remove() }
        try DaemonFeedWriter.write([DaemonFeedWriter.item("n1")], to: daemon.inbox.appendingPathComponent("n.xml"))
        let notify = try NotifySocket(path: daemon.root.appendingPathComponent("notify.sock").path)
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = notify.path
        environment["WATCHDOG_USEC"] = "1000000"
        try daemon.start(waitForReady: false, environment: environment)

        let startUp = notify.receive(for: 20) { $0 == "READY=1" }
        #expect(startUp.last == "READY=1")
        #expect(try daemon.jsonlIDs().count == 1, "READY comes after the first scan's files are processed")
        #expect(startUp.contains { $0.hasPrefix("STATUS=1 files read, 1 new items") })
        let running = notify.receive(for: 3) { _ in false }
        #expect(running.filter { $0 == "WATCHDOG=1" }.count >= 3, "pings every 0.5 s: \(running)")

        daemon.signal(SIGHUP)
        let reload = notify.receive(for: 5) { $0 == "READY=1" }
        #expect(reload.contains("RELOADING=1"))
        #expect(reload.last == "READY=1")

        daemon.signal(SIGTERM)
        let stopping = notify.receive(for: 10) { $0 == "STOPPING=1" }
        #expect(stopping.last == "STOPPING=1")
        #expect(try daemon.waitForExit(timeout: 10) == 0)
    }
}
