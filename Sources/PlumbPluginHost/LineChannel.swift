import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines over a child's pipes with deadlines and a size limit: the host never blocks on a plugin that does
/// not read, does not answer, or answers without end.
struct LineChannel {
    enum Failure: Error, Equatable {
        /// The deadline passed.
        case timedOut
        /// The other end closed (the plugin exited or closed its stdout / stdin).
        case closed
        /// A line grew past the limit without a newline.
        case oversized
    }

    let input: Int32
    let output: Int32
    private var buffer: [UInt8] = []

    init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// Writes `line` and a newline before `deadline`.
    func write(_ line: String, before deadline: ContinuousClock.Instant) throws(Failure) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(input, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
                continue
            }
            if written < 0, errno == EINTR { continue }
            guard written < 0, errno == EAGAIN || errno == EWOULDBLOCK else { throw .closed }
            try wait(for: input, events: Int16(POLLOUT), before: deadline)
        }
    }

    /// The next non-empty line (without its newline), read before `deadline`, at most `limit` bytes long.
    mutating func readLine(before deadline: ContinuousClock.Instant, limit: Int) throws(Failure) -> [UInt8] {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                if line.count > limit { throw .oversized }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return line
            }
            if buffer.count > limit { throw .oversized }
            try wait(for: output, events: Int16(POLLIN), before: deadline)
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                throw .closed
            } else if errno != EINTR && errno != EAGAIN {
                throw .closed
            }
        }
    }

    /// Waits until `fd` is ready for `events` (or hung up), or throws when the deadline passes.
    private func wait(for fd: Int32, events: Int16, before deadline: ContinuousClock.Instant) throws(Failure) {
        while true {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw .timedOut }
            let (seconds, attoseconds) = remaining.components
            let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            var descriptor = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&descriptor, 1, milliseconds)
            if ready > 0 { return }
            if ready < 0, errno != EINTR { throw .closed }
        }
    }
}
