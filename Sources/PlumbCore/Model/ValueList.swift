/// The items of a list value (列表), in written order.
///
/// A view of a list node in a ``RecordStorage`` (what readers produce) or values built in code (an
/// expression's `map`, a tree); both read alike, as a random-access collection.
public struct ValueList: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    /// A ``RecordStorage`` when ``first`` ≥ 0 (the items are its nodes `first ..< first + count`), else ``BuiltItems``.
    private let source: ValueSource
    private let first: Int32
    private let count32: Int32

    public init(_ items: [Value]) {
        source = BuiltItems(items)
        first = -1
        count32 = Int32(truncatingIfNeeded: items.count)
    }

    public init(arrayLiteral items: Value...) {
        self.init(items)
    }

    /// A view of the list node `node` of `storage`.
    package init(storage: RecordStorage, node: Int) {
        let children = storage[node].children
        source = storage
        first = Int32(truncatingIfNeeded: children.lowerBound)
        count32 = Int32(truncatingIfNeeded: children.count)
    }

    /// The storage and first node of the items, if this list is a view.
    package var stored: (storage: RecordStorage, first: Int)? {
        first >= 0 ? (unsafeDowncast(source, to: RecordStorage.self), Int(first)) : nil
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int { Int(count32) }

    public subscript(position: Int) -> Value {
        guard first >= 0 else { return unsafeDowncast(source, to: BuiltItems.self).items[position] }
        // Checked like an array's subscript: an index out of range is a bug, never a read of a neighbour.
        precondition(position >= 0 && position < Int(count32), "ValueList index out of range")
        return unsafeDowncast(source, to: RecordStorage.self).value(at: Int(first) + position)
    }

    public static func == (lhs: ValueList, rhs: ValueList) -> Bool {
        if lhs.source === rhs.source, lhs.first == rhs.first, lhs.count32 == rhs.count32 { return true }
        return lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for item in self { hasher.combine(item) }
    }
}
