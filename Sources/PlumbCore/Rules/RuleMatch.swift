/// Which records a rule applies to: kinds, disciplines and field selectors.
public struct RuleMatch: Sendable {
    /// Kinds the rule reads; never empty.
    public var kinds: [RecordKind]
    /// Discipline tokens, or nil for every discipline.
    public var disciplines: Set<String>?
    /// Field path → accepted values (any of them), e.g. `spec.category: [special-plan]`.
    public var fields: [(path: String, values: [Value])]

    public init(kinds: [RecordKind], disciplines: Set<String>? = nil, fields: [(path: String, values: [Value])] = []) {
        self.kinds = kinds
        self.disciplines = disciplines
        self.fields = fields
    }

    /// Whether the field selectors accept `record` (kind and discipline are settled by the engine's index).
    public func selects(_ record: Record) -> Bool {
        fields.allSatisfy { selector in
            guard let value = record.value.value(at: selector.path) else { return false }
            return selector.values.contains { ValueOperations.equals($0, value) }
        }
    }
}
