/// One line of a pack's classification table: when it holds, a method statement of its discipline is
/// at least `level` (e.g. 开挖深度 ≥ 5 m → 超危大). The highest level that any case reaches wins.
public struct ClassificationCase: Sendable {
    public var id: String
    /// The discipline it applies to; nil for every discipline.
    public var discipline: String?
    public var level: HazardClass
    public var when: CompiledExpression
    /// Why, rendered with the record's values: `开挖深度 6.5 m ≥ 5 m`.
    public var reason: MessageTemplate
    public var reference: RuleReference?
    public var location: SourceLocation

    public init(id: String, discipline: String?, level: HazardClass, when: CompiledExpression, reason: MessageTemplate,
                reference: RuleReference?, location: SourceLocation) {
        self.id = id
        self.discipline = discipline
        self.level = level
        self.when = when
        self.reason = reason
        self.reference = reference
        self.location = location
    }
}

/// The classification of one method statement with the reasons that decided it.
public struct Classification: Sendable, Hashable {
    /// A reason: the rendered text and the clause behind it.
    public struct Reason: Sendable, Hashable, Codable {
        public var caseID: String
        public var text: String
        public var reference: String?

        public init(caseID: String, text: String, reference: String?) {
            self.caseID = caseID
            self.text = text
            self.reference = reference
        }
    }

    public var level: HazardClass
    /// The cases that reached `level` (empty for `standard`).
    public var reasons: [Reason]

    public init(level: HazardClass, reasons: [Reason]) {
        self.level = level
        self.reasons = reasons
    }
}
