/// The items of a list value (列表), in written order.
///
/// Either a view of a list node in a ``RecordStorage`` (what readers produce) or an array of values
/// (what code and expressions build); both read alike, as a random-access collection.
public struct ValueList: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    private enum Representation: Sendable {
        case items([Value])
        case stored(RecordStorage, first: Int, count: Int)
    }

    private let representation: Representation

    public init(_ items: [Value]) {
        representation = .items(items)
    }

    public init(arrayLiteral items: Value...) {
        representation = .items(items)
    }

    /// A view of the list node `node` of `storage`.
    package init(storage: RecordStorage, node: Int) {
        let children = storage[node].children
        representation = .stored(storage, first: children.lowerBound, count: children.count)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch representation {
        case .items(let items): items.count
        case .stored(_, _, let count): count
        }
    }

    public subscript(position: Int) -> Value {
        switch representation {
        case .items(let items):
            return items[position]
        case .stored(let storage, let first, let count):
            // Checked like an array's subscript: an index out of range is a bug, never a read of a neighbour.
            precondition(position >= 0 && position < count, "ValueList index out of range")
            return storage.value(at: first + position)
        }
    }

    public static func == (lhs: ValueList, rhs: ValueList) -> Bool {
        lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for item in self { hasher.combine(item) }
    }
}
