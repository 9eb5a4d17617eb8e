/// What reporters need to know about a rule (SARIF `tool.driver.rules`, help text in other formats).
///
/// The facade fills these from the loaded rule packs and the built-in record checks, so reporters
/// depend on nothing but PlumbCore.
public struct RuleSummary: Sendable, Hashable {
    /// Stable rule id, e.g. `RH-DATE-001` or `record/bad-enum`.
    public var id: String
    /// One line naming what the rule checks.
    public var title: String
    /// The severity the rule's findings get (after project severity overrides).
    public var severity: Severity
    /// Longer help: what is wrong and what to do about it.
    public var help: String?
    /// The document and clause the rule encodes, e.g. `建办质〔2018〕31号 附件二 一`.
    public var reference: String?
    /// `pack@version`; nil for built-in checks.
    public var pack: String?
    /// The rule's tags, e.g. `dates`, `references`.
    public var tags: [String]

    public init(id: String, title: String, severity: Severity, help: String? = nil, reference: String? = nil, pack: String? = nil, tags: [String] = []) {
        self.id = id
        self.title = title
        self.severity = severity
        self.help = help
        self.reference = reference
        self.pack = pack
        self.tags = tags
    }
}
