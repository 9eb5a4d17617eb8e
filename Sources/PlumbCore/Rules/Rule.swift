/// One check, as a pack declares it and compiled when the pack loads.
public struct Rule: Sendable {
    /// Stable id, e.g. `MS-EXC-002`.
    public var id: String
    public var title: String
    public var severity: Severity
    public var match: RuleMatch
    /// Precondition: the rule applies only where it holds.
    public var when: CompiledExpression?
    /// What must hold; a record where it is false gets a finding. (Either this or ``check``.)
    public var assertion: CompiledExpression?
    /// A checker to call instead of an assertion.
    public var check: CheckInvocation?
    public var message: MessageTemplate
    public var reference: RuleReference?
    public var remediation: String?
    public var tags: [String]
    public var examples: [RuleExample]
    /// Longer explanation for docs (rule documentation, UNCONFIRMED notes).
    public var description: String?
    /// Where the rule is written.
    public var location: SourceLocation

    public init(
        id: String, title: String, severity: Severity, match: RuleMatch, when: CompiledExpression?, assertion: CompiledExpression?,
        check: CheckInvocation?, message: MessageTemplate, reference: RuleReference?, remediation: String?, tags: [String],
        examples: [RuleExample], description: String?, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.match = match
        self.when = when
        self.assertion = assertion
        self.check = check
        self.message = message
        self.reference = reference
        self.remediation = remediation
        self.tags = tags
        self.examples = examples
        self.description = description
        self.location = location
    }
}

/// A rule's call of a checker: its id, the checker, and options validated when the pack loaded.
public struct CheckInvocation: Sendable {
    public var checker: any Checker
    public var options: Value

    public init(checker: any Checker, options: Value) {
        self.checker = checker
        self.options = options
    }
}
