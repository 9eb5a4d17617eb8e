/// What the process keeps until it exits, instead of freeing it on the way out.
///
/// A check of 100,000 records holds a few million small allocations; freeing them one by one when
/// `run()` returns took 0.3 s of a 3.4 s run (docs/benchmarks.md), on one thread, for nothing: the
/// process ends right after and the system takes its memory back at once. Only the command line does
/// this; the library frees what it makes as usual.
enum ProcessTeardown {
    /// Appended to on the main thread only, at the end of a command.
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until the process exits.
    static func keepUntilExit(_ value: Any) {
        kept.append(value)
    }
}
