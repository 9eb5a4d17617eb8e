/// A document's nodes and text in two flat buffers (see ``StoredNode``), viewed through ``Value``,
/// ``Mapping`` and ``ValueList``.
///
/// A reader fills it, record validation normalises it in place, and from then on it never changes: every
/// value read from it shares it, from many threads. That is why it is `@unchecked Sendable`; the mutating
/// members are `package` and meant for the reader and the validator, before the storage is handed out.
///
/// Its stored properties skip Swift's run-time exclusivity checks: they cost a thread-local look-up per
/// access (a tenth of reading a file in callgrind), and nothing reads them while they change.
public final class RecordStorage: ValueSource, @unchecked Sendable {
    @exclusivity(unchecked) private var nodeBuffer: GrowableBuffer<StoredNode>
    @exclusivity(unchecked) private var textBuffer: GrowableBuffer<UInt8>
    package var nodes: UnsafeMutablePointer<StoredNode> { nodeBuffer.base }
    package var nodeCount: Int { nodeBuffer.count }
    package var text: UnsafeMutablePointer<UInt8> { textBuffer.base }
    package var textCount: Int { textBuffer.count }
    /// The document's top node.
    @exclusivity(unchecked) package var root = 0
    /// The keys of this storage's mappings (shared with the other documents of its file).
    package let keys: KeyTable
    /// Whether nodes and text share one allocation (``sealedCopy()``): such a storage never grows.
    private let isSealed: Bool

    /// An empty storage with room for `nodes` nodes and `textBytes` bytes of text before it grows, its keys
    /// in `keys`.
    package init(nodes: Int, textBytes: Int, keys: KeyTable) {
        self.keys = keys
        isSealed = false
        nodeBuffer = GrowableBuffer(capacity: nodes)
        textBuffer = GrowableBuffer(capacity: textBytes)
        super.init()
    }

    /// A storage holding a copy of `value` (a tree, or a view into another storage).
    package convenience init(copying value: Value) {
        self.init(nodes: 16, textBytes: 256, keys: KeyTable())
        let top = emit(value)
        root = append(node: top)
        shrinkToFit()
        keys.seal()
    }

    /// A storage whose nodes and text lie in `block` (`nodes` nodes, then `textBytes` of text), already written.
    private init(block: UnsafeMutableRawPointer, nodes: Int, textBytes: Int, keys: KeyTable) {
        self.keys = keys
        isSealed = true
        nodeBuffer = GrowableBuffer(over: block.assumingMemoryBound(to: StoredNode.self), count: nodes)
        textBuffer = GrowableBuffer(over: (block + nodes * MemoryLayout<StoredNode>.stride).assumingMemoryBound(to: UInt8.self),
                                    count: textBytes)
        super.init()
    }

    deinit {
        if isSealed {
            UnsafeMutableRawPointer(nodes).deallocate()
        } else {
            nodeBuffer.deallocate()
            textBuffer.deallocate()
        }
    }

    /// The document as a value.
    public var rootValue: Value { value(at: root) }

    // MARK: - Reading

    package subscript(index: Int) -> StoredNode {
        get { nodes[index] }
        set { nodes[index] = newValue }
    }

    /// The bytes of a string node.
    package func bytes(of index: Int) -> UnsafeBufferPointer<UInt8> { bytes(of: nodes[index]) }

    private func bytes(of node: StoredNode) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text + node.low, count: node.high)
    }

    /// The bytes of a mapping child's key.
    package func keyBytes(of index: Int) -> UnsafeBufferPointer<UInt8> {
        let node = nodes[index]
        return keys.key(offset: Int(node.keyOffset), length: Int(node.keyLength))
    }

    package func string(at index: Int) -> String { String(decoding: bytes(of: index), as: UTF8.self) }

    package func key(at index: Int) -> String { String(decoding: keyBytes(of: index), as: UTF8.self) }

    /// The node at `index` as a value: scalars read out, containers as views into this storage.
    package func value(at index: Int) -> Value {
        let node = nodes[index]
        let content: Value.Node
        switch node.kind {
        case .string: content = .string(string(at: index))
        case .list: content = .list(ValueList(storage: self, node: index))
        case .mapping: content = .mapping(Mapping(storage: self, node: index))
        default: content = scalar(node)!
        }
        return Value(content, at: node.position)
    }

    /// What a scalar node holds (a string's text read from this storage); nil for a container.
    package func scalar(_ node: StoredNode) -> Value.Node? {
        let payload = node.payload
        switch node.kind {
        case .null: return .null
        case .bool: return .bool(node.extra != 0)
        case .integer: return .integer(Int(truncatingIfNeeded: Int64(bitPattern: payload)))
        case .number: return .number(Double(bitPattern: payload))
        case .string: return .string(String(decoding: bytes(of: node), as: UTF8.self))
        case .date: return .date(CalendarDate(dayNumber: Int(Int64(bitPattern: payload))))
        case .quantity: return .quantity(Quantity(Double(bitPattern: payload), unitIndex: node.extra))
        case .list, .mapping: return nil
        }
    }

    /// The child of the mapping at `index` whose key is `key`, or nil. Keys compare as bytes, lengths first
    /// (as ``Mapping/sameKey(_:_:)`` does for trees).
    package func child(_ key: String, ofMapping index: Int) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ child($0, ofMapping: index) }) { return found }
        return Array(key.utf8).withUnsafeBufferPointer { child($0, ofMapping: index) }
    }

    /// The node at a dotted path (`spec.rectification.deadline`; a part that is a number indexes a list)
    /// under the node `index`, or nil. Empty parts are skipped (`a..b` is `a.b`), as ``Value/value(at:)`` does
    /// for built values.
    package func descendant(_ path: String, of index: Int) -> Int? {
        var path = path
        return path.withUTF8 { bytes in
            var current = index
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ".") { end += 1 }
                if end == start {
                    // An empty part (`a..b`, a leading or trailing dot) is skipped, as splitting the path would.
                    start = end + 1
                    continue
                }
                let part = UnsafeBufferPointer(rebasing: bytes[start ..< end])
                let node = nodes[current]
                switch node.kind {
                case .mapping:
                    guard let next = child(part, ofMapping: current) else { return nil }
                    current = next
                case .list:
                    guard let position = Int(String(decoding: part, as: UTF8.self)), position >= 0, position < node.high else { return nil }
                    current = node.low + position
                default:
                    return nil
                }
                start = end + 1
            }
            return current
        }
    }

    /// ``child(_:ofMapping:)`` for a key given as UTF-8 bytes.
    package func child(_ key: UnsafeBufferPointer<UInt8>, ofMapping index: Int) -> Int? {
        let length = key.count
        for child in nodes[index].children where Int(nodes[child].keyLength) == length {
            if UTF8Bytes.equal(UnsafeBufferPointer(start: keys.bytes + Int(nodes[child].keyOffset), count: length), key) { return child }
        }
        return nil
    }

    // MARK: - Building (readers and validation only)

    /// Appends `block` (a container's children, side by side); the index of its first node.
    @discardableResult
    package func append(nodes block: UnsafeBufferPointer<StoredNode>) -> Int {
        precondition(!isSealed, "a sealed record storage never grows")
        return nodeBuffer.append(block)
    }

    /// Appends `block`; the index of its first node.
    @discardableResult
    package func append(nodes block: [StoredNode]) -> Int {
        block.withUnsafeBufferPointer { append(nodes: $0) }
    }

    /// Appends one node; its index.
    @discardableResult
    package func append(node: StoredNode) -> Int {
        precondition(!isSealed, "a sealed record storage never grows")
        return nodeBuffer.append(node)
    }

    /// Appends text; the offset of its first byte.
    package func append(text bytes: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(!isSealed, "a sealed record storage never grows")
        return textBuffer.append(bytes)
    }

    /// Appends the UTF-8 of `string`; its offset and length.
    package func append(text string: String) -> (offset: Int, length: Int) {
        if let done = string.utf8.withContiguousStorageIfAvailable({ (append(text: $0), $0.count) }) { return done }
        return Array(string.utf8).withUnsafeBufferPointer { (append(text: $0), $0.count) }
    }

    /// Forgets every node and text, keeping the room (a reader's working storage between documents).
    package func removeAll() {
        nodeBuffer.removeAll()
        textBuffer.removeAll()
        root = 0
    }

    /// A copy in one allocation of exactly the nodes and the text they read (sharing the keys): what a
    /// record keeps once read and validated. Text no node reads any more (a date's, once typed) is left out.
    package func sealedCopy() -> RecordStorage {
        var textBytes = 0
        for index in 0 ..< nodeCount where nodes[index].kind == .string { textBytes += nodes[index].high }
        let block = UnsafeMutableRawPointer.allocate(byteCount: nodeCount * MemoryLayout<StoredNode>.stride + textBytes,
                                                     alignment: MemoryLayout<StoredNode>.alignment)
        let copy = RecordStorage(block: block, nodes: nodeCount, textBytes: textBytes, keys: keys)
        copy.nodes.initialize(from: nodes, count: nodeCount)
        var written = 0
        for index in 0 ..< nodeCount where nodes[index].kind == .string {
            let node = nodes[index]
            (copy.text + written).initialize(from: text + node.low, count: node.high)
            copy.nodes[index].payload = StoredNode.halves(written, node.high)
            written += node.high
        }
        copy.root = root
        return copy
    }

    /// Gives back spare capacity (a storage copied from a value keeps none).
    package func shrinkToFit() {
        guard !isSealed else { return }
        nodeBuffer.shrinkToFit()
        textBuffer.shrinkToFit()
    }

    /// A node holding the scalar `content` at `position` (a string's text is appended). Nil for a container.
    package func scalarNode(_ content: Value.Node, at position: SourcePosition) -> StoredNode? {
        switch content {
        case .null: return StoredNode(.null, at: position)
        case .bool(let flag): return StoredNode(.bool, at: position, extra: flag ? 1 : 0)
        case .integer(let whole): return StoredNode(.integer, at: position, payload: UInt64(bitPattern: Int64(whole)))
        case .number(let real): return StoredNode(.number, at: position, payload: real.bitPattern)
        case .string(let string):
            let (offset, length) = append(text: string)
            return StoredNode(.string, at: position, payload: StoredNode.halves(offset, length))
        case .date(let date): return StoredNode(.date, at: position, payload: UInt64(bitPattern: Int64(date.dayNumber)))
        case .quantity(let quantity):
            return StoredNode(.quantity, at: position, payload: quantity.amount.bitPattern, extra: quantity.unitIndex)
        case .list, .mapping: return nil
        }
    }

    /// Replaces the node at `index` with the scalar `content`, keeping its key and position.
    package func replace(_ index: Int, with content: Value.Node) {
        guard var replacement = scalarNode(content, at: nodes[index].position) else { return }
        let old = nodes[index]
        replacement.keyOffset = old.keyOffset
        replacement.keyLength = old.keyLength
        replacement.keyLine = old.keyLine
        replacement.keyColumn = old.keyColumn
        nodes[index] = replacement
    }

    /// Turns the node at `index` into a container of `block` (appended), keeping its key and position.
    package func replace(_ index: Int, withContainer kind: StoredNode.Kind, of block: [StoredNode]) {
        let start = append(nodes: block)
        nodes[index].kind = kind
        nodes[index].extra = 0
        nodes[index].payload = StoredNode.halves(start, block.count)
    }

    /// The node for `value`, its subtree appended first (children before their container).
    private func emit(_ value: Value) -> StoredNode {
        switch value.node {
        case .list(let items):
            let block = items.map { emit($0) }
            return StoredNode(.list, at: value.position, payload: StoredNode.halves(append(nodes: block), block.count))
        case .mapping(let map):
            let block = map.entries.map { entry in
                var node = emit(entry.value)
                let (offset, length) = keys.intern(entry.key)
                node.setKey(offset: offset, length: length, at: entry.keyPosition)
                return node
            }
            return StoredNode(.mapping, at: value.position, payload: StoredNode.halves(append(nodes: block), block.count))
        default:
            return scalarNode(value.node, at: value.position)!
        }
    }
}
