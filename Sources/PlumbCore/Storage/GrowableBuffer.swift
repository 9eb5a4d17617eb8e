/// Elements of a trivial type in memory of their own, grown by doubling and shrunk to fit on request: the
/// nodes and the text of a ``RecordStorage`` being built, the bytes of a ``KeyTable``.
///
/// A struct with no deinit: its owner frees it (``deallocate()``), since a sealed storage's buffers are
/// parts of one allocation and must not be freed one by one.
struct GrowableBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count: Int
    private(set) var capacity: Int

    /// An empty buffer with room for `capacity` elements (at least one).
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
        count = 0
    }

    /// A buffer over memory someone else allocated and frees, holding `count` elements already.
    init(over base: UnsafeMutablePointer<Element>, count: Int) {
        self.base = base
        self.count = count
        capacity = count
    }

    /// Makes room for `extra` more elements.
    mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        reallocate(to: max(capacity * 2, count + extra))
    }

    /// Appends `elements`; the index of the first.
    mutating func append(_ elements: UnsafeBufferPointer<Element>) -> Int {
        reserve(elements.count)
        if let source = elements.baseAddress { (base + count).initialize(from: source, count: elements.count) }
        count += elements.count
        return count - elements.count
    }

    /// Appends one element; its index.
    mutating func append(_ element: Element) -> Int {
        reserve(1)
        (base + count).initialize(to: element)
        count += 1
        return count - 1
    }

    /// Forgets every element, keeping the room.
    mutating func removeAll() {
        count = 0
    }

    /// Gives back spare room.
    mutating func shrinkToFit() {
        if capacity > max(count, 1) { reallocate(to: max(count, 1)) }
    }

    func deallocate() {
        base.deallocate()
    }

    private mutating func reallocate(to newCapacity: Int) {
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = newCapacity
    }
}
