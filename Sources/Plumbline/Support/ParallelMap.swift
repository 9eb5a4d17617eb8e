import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` spread over `jobs` threads; results keep the input order, so output is the same for any job count.
    package func parallelMap<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let workers = Swift.max(1, Swift.min(jobs, count))
        guard workers > 1 else { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        let next = ResultSlots<Int>(count: 0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.claim(below: count) {
                results.store(transform(self[index]), at: index)
            }
        }
        return results.values()
    }
}

/// Lock-protected result slots and a shared work counter for ``Array/parallelMap(jobs:_:)``.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var cursor = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    func claim(below limit: Int) -> Int? {
        lock.withLock {
            guard cursor < limit else { return nil }
            defer { cursor += 1 }
            return cursor
        }
    }

    func values() -> [Value] { lock.withLock { slots.map { $0! } } }
}
