/// `==` and `!=` with a field path on one side, compiled to compare in record storage (``StoredEquality``).
///
/// With `--explain` the generic comparison runs instead, as it records each value it reads.
extension ExpressionCompiler {
    /// The comparison, or nil when neither side is a field path.
    func storedEquality(_ left: Compiled, _ right: Compiled, negate: Bool, generic: @escaping CompiledExpression.Test) -> Compiled? {
        if let chain = left.fieldChain, let constant = right.constant { return fieldAgainstConstant(chain, constant, negate: negate, generic: generic) }
        if let chain = right.fieldChain, let constant = left.constant { return fieldAgainstConstant(chain, constant, negate: negate, generic: generic) }
        guard left.fieldChain != nil || right.fieldChain != nil else { return nil }
        let (findFirst, findSecond) = (Self.placeFinder(left), Self.placeFinder(right))
        return Compiled(test: { scope in
            if scope.trace != nil { return try generic(scope) }
            let first = try findFirst(scope)
            return StoredEquality.equals(first, try findSecond(scope)) != negate
        })
    }

    /// `i.result == 'na'`: the constant's bytes are taken once, here (``StoredEquality/equals(_:_:_:)`` would
    /// take them from the `String` at every comparison).
    private func fieldAgainstConstant(_ chain: FieldChain, _ constant: Value, negate: Bool, generic: @escaping CompiledExpression.Test) -> Compiled {
        let bytes = constant.stringValue.map { Array($0.utf8) }
        return Compiled(test: { scope in
            if scope.trace != nil { return try generic(scope) }
            let equal: Bool
            switch try chain.place(in: scope) {
            case .null: equal = constant.isNull
            case .built(let value): equal = ValueOperations.equals(value, constant)
            case .stored(let unretained, let node):
                equal = unretained._withUnsafeGuaranteedRef { storage in
                    guard let bytes, storage[node].kind == .string else { return StoredEquality.equals(storage, node, constant) }
                    return bytes.withUnsafeBufferPointer { StoredEquality.sameText(storage.bytes(of: node), $0) }
                }
            }
            return equal != negate
        })
    }

    /// Where a side leads: a field path's place, or its value.
    private static func placeFinder(_ side: Compiled) -> @Sendable (EvaluationScope) throws -> FieldChain.Place {
        if let chain = side.fieldChain { return { scope in try chain.place(in: scope) } }
        let evaluate = side.evaluate
        return { scope in
            let value = try evaluate(scope)
            return value.isNull ? .null : .built(value)
        }
    }
}
