import Foundation

/// Wall-clock timing on the monotonic clock, and the process's resident memory from /proc.
enum Measurement {
    /// The fastest of `runs` runs of `body`: wall seconds on the monotonic clock, the calling thread's CPU
    /// seconds (each the minimum over the runs; CPU time hardly moves when other processes share the cores),
    /// and what `summarise` made of the last run's result.
    ///
    /// The clocks stop when `body` returns; its result is summarised and released after that, before the next
    /// run starts. So a pass that hands back every record it read is timed as `plumb check` runs (which keeps
    /// its records until the process exits), and no two passes' records are alive at once.
    static func best<Result, Summary>(
        of runs: Int, _ body: () throws -> Result, summarise: (Result) -> Summary
    ) rethrows -> (seconds: Double, threadCPUSeconds: Double, result: Summary) {
        let clock = ContinuousClock()
        var fastest = Double.infinity
        var leastCPU = Double.infinity
        var last: Summary?
        for _ in 0..<max(1, runs) {
            last = nil
            let (start, startCPU) = (clock.now, threadCPUSeconds)
            let result = try body()
            fastest = min(fastest, seconds(start.duration(to: clock.now)))
            leastCPU = min(leastCPU, threadCPUSeconds - startCPU)
            last = summarise(result)
        }
        return (fastest, leastCPU, last!)
    }

    /// Two passes timed in turns (`first`, `second`, `first`, …), each the best of `runs`: on a shared machine the
    /// load changes from minute to minute, and taking both passes' runs side by side keeps their ratio honest.
    static func paired<First, Second, Summary>(
        runs: Int, _ first: () throws -> First, _ second: () throws -> Second, summarise: (Second) -> Summary
    ) rethrows -> (first: (seconds: Double, threadCPUSeconds: Double, result: First),
                   second: (seconds: Double, threadCPUSeconds: Double, result: Summary)) {
        var firstBest: (seconds: Double, threadCPUSeconds: Double, result: First)?
        var secondBest: (seconds: Double, threadCPUSeconds: Double, result: Summary)?
        for _ in 0..<max(1, runs) {
            let a = try best(of: 1, first)
            let b = try best(of: 1, second, summarise: summarise)
            firstBest = (min(a.seconds, firstBest?.seconds ?? .infinity), min(a.threadCPUSeconds, firstBest?.threadCPUSeconds ?? .infinity), a.result)
            secondBest = (min(b.seconds, secondBest?.seconds ?? .infinity), min(b.threadCPUSeconds, secondBest?.threadCPUSeconds ?? .infinity), b.result)
        }
        return (firstBest!, secondBest!)
    }

    /// ``best(of:_:summarise:)`` for a body whose result is small: kept as it is.
    static func best<Result>(of runs: Int, _ body: () throws -> Result) rethrows -> (seconds: Double, threadCPUSeconds: Double, result: Result) {
        try best(of: runs, body, summarise: { $0 })
    }

    /// CPU time the calling thread has used, in seconds.
    static var threadCPUSeconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    /// Peak resident set size of this process so far (VmHWM), in bytes; 0 where /proc is missing.
    static var peakResidentBytes: Int { statusField("VmHWM:") }

    /// Resident set size now (VmRSS), in bytes.
    static var residentBytes: Int { statusField("VmRSS:") }

    /// CPU time all processes on the machine have used since boot (/proc/stat), in seconds.
    static var machineBusySeconds: Double {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") })
        else { return .nan }
        let ticks = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard ticks.count >= 8 else { return .nan }
        // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
        let busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7]
        return busy / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// CPU time this process and its finished children have used, in seconds.
    static var ownCPUSeconds: Double {
        var total = 0.0
        for who in [RUSAGE_SELF, RUSAGE_CHILDREN] {
            var usage = rusage()
            #if canImport(Glibc)
            getrusage(__rusage_who_t(who.rawValue), &usage)
            #else
            getrusage(who, &usage)
            #endif
            total += Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
            total += Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
        }
        return total
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
