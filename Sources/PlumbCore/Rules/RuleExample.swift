/// A record a rule carries to prove itself: a `pass` example must not fire it, a `fail` example must.
public struct RuleExample: Sendable {
    public enum Expectation: String, Sendable {
        case pass, fail
    }

    public var expectation: Expectation
    /// The example document, completed with defaults (apiVersion, kind, metadata) when written partially.
    public var document: Value
    /// Other records the example needs (for `lookup` / `records`).
    public var context: [Value]
    /// Rule ids expected to fire (fail examples); defaults to the rule's own id.
    public var expectedRuleIDs: [String]
    /// Field paths the findings must point at, when given.
    public var expectedPaths: [String]
    /// Where the example is written in the pack file.
    public var location: SourceLocation
    /// The date the example is evaluated on, when it needs one (overdue rules); else the runner's default.
    public var asOf: CalendarDate?

    public init(expectation: Expectation, document: Value, context: [Value] = [], expectedRuleIDs: [String], expectedPaths: [String] = [], location: SourceLocation, asOf: CalendarDate? = nil) {
        self.expectation = expectation
        self.document = document
        self.context = context
        self.expectedRuleIDs = expectedRuleIDs
        self.expectedPaths = expectedPaths
        self.location = location
        self.asOf = asOf
    }
}
