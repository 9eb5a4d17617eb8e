/// One problem found in a submission: a record-format problem (`record/...`) or a broken rule.
public struct Finding: Sendable, Hashable, Codable {
    /// Stable rule id, e.g. `record/bad-unit` or `MS-EXC-002`.
    public var ruleId: String
    public var severity: Severity
    /// The rendered, human-readable message.
    public var message: String
    public var location: SourceLocation
    /// `metadata.id` of the record the finding is about, when known.
    public var recordId: String?
    /// `pack@version` of the rule pack the rule comes from; nil for built-in record checks.
    public var pack: String?
    /// The document and clause behind the rule, e.g. `建办质〔2018〕31号 附件二 一`.
    public var reference: String?
    /// What to do about it.
    public var remediation: String?
    /// With `--explain`: each record field the rule read and its value.
    public var explain: [FieldReading]?
    /// Set when a waiver covers the finding: it is still reported, counted apart, and never fails the run.
    public var waiver: WaiverNote?

    public init(
        ruleId: String,
        severity: Severity,
        message: String,
        location: SourceLocation,
        recordId: String? = nil,
        pack: String? = nil,
        reference: String? = nil,
        remediation: String? = nil,
        explain: [FieldReading]? = nil,
        waiver: WaiverNote? = nil
    ) {
        self.ruleId = ruleId
        self.severity = severity
        self.message = message
        self.location = location
        self.recordId = recordId
        self.pack = pack
        self.reference = reference
        self.remediation = remediation
        self.explain = explain
        self.waiver = waiver
    }

    /// Whether a waiver covers this finding.
    public var isWaived: Bool { waiver != nil }
}

extension Finding: Comparable {
    /// Output order: file, line, column, rule id, then message (deterministic across runs and job counts).
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.location != rhs.location {
            if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
            if lhs.location.line != rhs.location.line { return lhs.location.line < rhs.location.line }
            if lhs.location.column != rhs.location.column { return lhs.location.column < rhs.location.column }
        }
        if lhs.ruleId != rhs.ruleId { return lhs.ruleId < rhs.ruleId }
        return lhs.message < rhs.message
    }
}

/// A field a rule read and the value it found, shown by `--explain`.
public struct FieldReading: Sendable, Hashable, Codable {
    public var path: String
    public var value: String

    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }
}
