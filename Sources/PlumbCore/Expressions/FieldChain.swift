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
    /// The UTF-8 of the start's field name (for a record field; else empty), then of each key: compared with
    /// the bytes of record storage without building a string per read.
    private let names: PackedUTF8

    init(start: Start, keys: [String]) {
        self.start = start
        self.keys = keys
        if case .recordField(let name) = start { names = PackedUTF8([name] + keys) } else { names = PackedUTF8([""] + keys) }
    }

    /// The chain read one field further.
    func appending(_ key: String) -> FieldChain {
        FieldChain(start: start, keys: keys + [key])
    }

    /// Where a chain ends, found without reading its value out: what comparisons and `has()` need.
    enum Place {
        /// The node `node` of a storage, which the record, or the list a loop walks, keeps alive for as long as
        /// the expression runs (so it is held without reference counting).
        case stored(Unmanaged<RecordStorage>, node: Int)
        /// A missing field, or a null on the way or at the end.
        case null
        /// A value built in code (a pack parameter, the result of `map`): compared as a value.
        case built(Value)
    }

    /// Where the chain leads in storage: a node, or the position of the null or of the mapping that lacks a key.
    private enum Step {
        case node(Int)
        case absent(SourcePosition)
    }

    /// The value at the end of the chain: null (at its container's position) where a field is missing,
    /// null all the way once a value on the way is null. Inside a record's storage the chain walks node
    /// indices and reads out only the value at its end.
    func read(in scope: EvaluationScope) throws -> Value {
        if let value = try withStep(in: scope, { step, storage in Self.value(step, in: storage, scope: scope) }) { return value }
        guard case .variable(let slot) = start else { preconditionFailure("a record field always starts in storage") }
        var current = scope.variables[slot]
        for (offset, key) in keys.enumerated() {
            if case .mapping(let map) = current.node, let (storage, node) = map.stored {
                return Self.value(try follow(from: offset, node: node, in: storage), in: storage, scope: scope)
            }
            current = try Self.field(key, of: current)
        }
        return current
    }

    /// Where the chain ends, as ``read(in:)`` would find it, without building its value.
    func place(in scope: EvaluationScope) throws -> Place {
        if let place = try withStep(in: scope, Self.place) { return place }
        let value = try read(in: scope)
        return value.isNull ? .null : .built(value)
    }

    /// `body` on where the chain ends, when it starts in storage (a record field, or a variable bound to a
    /// node), with the storage lent without reference counting; nil for a variable holding a built value.
    private func withStep<Result>(in scope: EvaluationScope, _ body: (Step, RecordStorage) -> Result) throws -> Result? {
        switch start {
        case .recordField:
            return try scope.withRecordStorage { storage in body(try walk(in: storage), storage) }
        case .variable(let slot):
            let bound = scope.variablePlaces[slot]
            guard let storage = bound.storage else { return nil }
            return try storage._withUnsafeGuaranteedRef { owner in body(try follow(from: 0, node: bound.node, in: owner), owner) }
        }
    }

    private static func value(_ step: Step, in storage: RecordStorage, scope: EvaluationScope) -> Value {
        switch step {
        case .node(let index): scope.value(at: index, in: storage)
        case .absent(let position): Value(.null, at: position)
        }
    }

    private static func place(_ step: Step, in storage: RecordStorage) -> Place {
        guard case .node(let index) = step, storage[index].kind != .null else { return .null }
        return .stored(Unmanaged.passUnretained(storage), node: index)
    }

    /// The chain from the record's top-level field on.
    private func walk(in storage: RecordStorage) throws -> Step {
        let found = names.withText(0) { storage.child($0, ofMapping: storage.root) }
        guard let first = found else { return .absent(storage[storage.root].position) }
        return try follow(from: 0, node: first, in: storage)
    }

    /// The chain's keys from `offset` on, read from the node `index` of `storage`.
    private func follow(from offset: Int, node index: Int, in storage: RecordStorage) throws -> Step {
        var index = index
        for keyIndex in offset ..< keys.count {
            let node = storage[index]
            switch node.kind {
            case .mapping:
                let found = names.withText(keyIndex + 1) { storage.child($0, ofMapping: index) }
                guard let next = found else { return .absent(node.position) }
                index = next
            case .null:
                return .absent(node.position)
            default:
                throw Self.cannotRead(keys[keyIndex], of: storage.value(at: index))
            }
        }
        return .node(index)
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
