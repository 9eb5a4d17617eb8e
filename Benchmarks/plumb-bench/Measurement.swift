import Foundation

/// Wall-clock timing on the monotonic clock, and the process's resident memory from /proc.
enum Measurement {
    /// The fastest of `runs` runs of `body`, in seconds, with the last run's result.
    static func best<Result>(of runs: Int, _ body: () throws -> Result) rethrows -> (seconds: Double, result: Result) {
        let clock = ContinuousClock()
        var fastest = Double.infinity
        var last: Result?
        for _ in 0..<max(1, runs) {
            let start = clock.now
            let result = try body()
            let elapsed = start.duration(to: clock.now)
            fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            last = result
        }
        return (fastest, last!)
    }

    /// Peak resident set size of this process so far (VmHWM), in bytes; 0 where /proc is missing.
    static var peakResidentBytes: Int { statusField("VmHWM:") }

    /// Resident set size now (VmRSS), in bytes.
    static var residentBytes: Int { statusField("VmRSS:") }

    /// Resets the peak to the current RSS (Linux ≥ 4.0: `5` to /proc/self/clear_refs), so a phase can be measured alone.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// A `kB` line of /proc/self/status, in bytes.
    private static func statusField(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
