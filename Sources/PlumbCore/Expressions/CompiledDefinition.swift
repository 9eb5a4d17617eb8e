/// A pack definition compiled once when its pack loads; its value is kept per record in the
/// evaluation scope, so every rule after the first that reads `defs.<name>` gets it without evaluating.
///
/// A class: the scope keys its cache by the definition's identity.
public final class CompiledDefinition: Sendable {
    public let name: String
    /// The record kinds it was compiled for.
    public let kinds: [RecordKind]
    public let expression: CompiledExpression

    public init(name: String, kinds: [RecordKind], expression: CompiledExpression) {
        self.name = name
        self.kinds = kinds
        self.expression = expression
    }

    /// Its value for the scope's record: computed on the first read, then answered from the scope.
    func value(in scope: EvaluationScope) throws -> Value {
        let key = ObjectIdentifier(self)
        for cached in scope.definitionValues where cached.definition == key { return cached.value }
        // The definition was compiled with no variables bound, so its list functions use slots from 0 up;
        // it may be first read inside a rule's loop, whose variables must not be overwritten.
        var outerVariables: [Value] = []
        var outerPlaces: [VariablePlace] = []
        swap(&outerVariables, &scope.variables)
        swap(&outerPlaces, &scope.variablePlaces)
        defer {
            swap(&outerVariables, &scope.variables)
            swap(&outerPlaces, &scope.variablePlaces)
        }
        let value: Value
        do {
            value = try expression.evaluate(in: scope)
        } catch let error as EvaluationError {
            throw EvaluationError("in defs.\(name): \(error.message)")
        }
        scope.definitionValues.append((key, value))
        return value
    }
}
