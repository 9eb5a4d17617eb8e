/// A chain of field reads compiled as one step: `spec.rectification.deadline` from the record, or
/// `s.title` from a bound variable.
///
/// Compiling each `.field` into a closure of its own costs a call, a copy of the container and a
/// trace check per level; rules read such chains hundreds of times per record, so the compiler folds them.
struct FieldChain: Sendable {
    /// Where the chain starts.
    enum Start: Sendable {
        /// A top-level field of the record (`spec`, `metadata`).
        case recordField(String)
        /// A variable bound by `all`, `exists`, `map`, ... (its run-time slot).
        case variable(Int)
    }

    let start: Start
    /// The fields read after the start, outermost first.
    let keys: [String]
    /// The UTF-8 of the start's field name (for a record field; else empty) and of each key, one after the
    /// other, compared with the bytes of record storage without building a string per read.
    private let utf8: [UInt8]
    /// Where each name lies in ``utf8``: the start's first, then the keys'.
    private let ranges: [Range<Int>]

    init(start: Start, keys: [String]) {
        self.start = start
        self.keys = keys
        var names = keys
        if case .recordField(let name) = start { names.insert(name, at: 0) } else { names.insert("", at: 0) }
        var utf8: [UInt8] = []
        ranges = names.map { name in
            let first = utf8.count
            utf8.append(contentsOf: name.utf8)
            return first ..< utf8.count
        }
        self.utf8 = utf8
    }

    /// The chain read one field further.
    func appending(_ key: String) -> FieldChain {
        FieldChain(start: start, keys: keys + [key])
    }

    /// The value at the end of the chain: null (at its container's position) where a field is missing,
    /// null all the way once a value on the way is null. Inside a record's storage the chain walks node
    /// indices and reads out only the value at its end.
    func read(in scope: EvaluationScope) throws -> Value {
        var current: Value
        switch start {
        case .recordField:
            let storage = scope.recordStorage
            let found = utf8.withUnsafeBufferPointer { storage.child(UnsafeBufferPointer(rebasing: $0[ranges[0]]), ofMapping: storage.root) }
            guard let first = found else { return Value(.null, at: storage[storage.root].position) }
            return try follow(from: 0, node: first, in: storage, scope: scope)
        case .variable(let slot):
            current = scope.variables[slot]
        }
        for (offset, key) in keys.enumerated() {
            if case .mapping(let map) = current.node, let (storage, node) = map.stored {
                return try follow(from: offset, node: node, in: storage, scope: scope)
            }
            current = try Self.field(key, of: current)
        }
        return current
    }

    /// The chain's keys from `offset` on, read from the node `index` of `storage`.
    private func follow(from offset: Int, node index: Int, in storage: RecordStorage, scope: EvaluationScope) throws -> Value {
        var index = index
        for keyIndex in offset ..< keys.count {
            let node = storage[index]
            switch node.kind {
            case .mapping:
                let range = ranges[keyIndex + 1]
                let found = utf8.withUnsafeBufferPointer { storage.child(UnsafeBufferPointer(rebasing: $0[range]), ofMapping: index) }
                guard let next = found else { return Value(.null, at: node.position) }
                index = next
            case .null:
                return Value(.null, at: node.position)
            default:
                throw Self.cannotRead(keys[keyIndex], of: storage.value(at: index))
            }
        }
        return scope.value(at: index, in: storage)
    }

    /// One field of a container: a mapping's value (null at the mapping's position when absent), null
    /// for null; reading a field of a list, text or number is an error the engine turns into a finding.
    static func field(_ name: String, of container: Value) throws -> Value {
        switch container.node {
        case .mapping(let map): return map[name] ?? Value(.null, at: container.position)
        case .null: return container
        default: throw cannotRead(name, of: container)
        }
    }

    private static func cannotRead(_ name: String, of container: Value) -> EvaluationError {
        EvaluationError("cannot read field '\(name)' of \(container.typeName) '\(container.displayText)'")
    }
}
