/// What an expression may read besides its record: pack parameters, the as-of date, every record of the run.
public struct EvaluationContext: Sendable {
    public var record: Record
    /// Parameter values of the rule's pack, overrides applied.
    public var parameters: [String: Value]
    /// `asOf`: the date rules treat as today.
    public var asOf: CalendarDate
    public var index: RecordIndex
    /// For a MethodStatement: its 危大 classification, computed before its rules run (`classification`).
    public var classification: HazardClass?

    public init(record: Record, parameters: [String: Value], asOf: CalendarDate, index: RecordIndex, classification: HazardClass? = nil) {
        self.record = record
        self.parameters = parameters
        self.asOf = asOf
        self.index = index
        self.classification = classification
    }
}

/// Mutable state of one evaluation: bound variables and, with `--explain`, the values read.
final class EvaluationScope {
    let context: EvaluationContext
    var variables: [Value] = []
    /// Record field paths read, with their values, in reading order (nil when not explaining).
    var trace: [(path: String, value: Value)]?

    init(context: EvaluationContext, explain: Bool) {
        self.context = context
        self.trace = explain ? [] : nil
    }
}
