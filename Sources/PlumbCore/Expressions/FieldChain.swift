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

    /// The chain read one field further.
    func appending(_ key: String) -> FieldChain {
        FieldChain(start: start, keys: keys + [key])
    }

    /// The value at the end of the chain: null (at its container's position) where a field is missing,
    /// null all the way once a value on the way is null.
    func read(in scope: EvaluationScope) throws -> Value {
        var current: Value
        switch start {
        case .recordField(let name):
            current = scope.context.record.value[name] ?? Value(.null, at: scope.context.record.position)
        case .variable(let slot):
            current = scope.variables[slot]
        }
        for key in keys {
            current = try Self.field(key, of: current)
        }
        return current
    }

    /// One field of a container: a mapping's value (null at the mapping's position when absent), null
    /// for null; reading a field of a list, text or number is an error the engine turns into a finding.
    static func field(_ name: String, of container: Value) throws -> Value {
        switch container.node {
        case .mapping(let map): return map[name] ?? Value(.null, at: container.position)
        case .null: return container
        default: throw EvaluationError("cannot read field '\(name)' of \(container.typeName) '\(container.displayText)'")
        }
    }
}
