/// A versioned set of rules encoding named standards (规则包).
public struct RulePack: Sendable {
    public var id: String
    public var version: String
    public var title: String
    public var description: String?
    /// Standards and editions the pack encodes, e.g. `建办质〔2018〕31号`.
    public var basis: [String]
    public var parameters: [PackParameter]
    /// Named expressions its rules read as `defs.<name>`, in the order written.
    public var definitions: [PackDefinition]
    /// Ids of packs whose rules this pack brings in (their parameters overridable here).
    public var extends: [String]
    public var rules: [Rule]
    /// Method-statement classification cases (危大 / 超危大 thresholds).
    public var classifications: [ClassificationCase]
    /// The pack's file (or folder's pack.yaml).
    public var file: String
    /// Parameter values after defaults, `extends` and project overrides.
    public var parameterValues: [String: Value]

    public init(id: String, version: String, title: String, description: String?, basis: [String], parameters: [PackParameter],
                extends: [String], definitions: [PackDefinition] = [], rules: [Rule], classifications: [ClassificationCase] = [], file: String,
                parameterValues: [String: Value]) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.basis = basis
        self.parameters = parameters
        self.extends = extends
        self.definitions = definitions
        self.rules = rules
        self.classifications = classifications
        self.file = file
        // Detached once here: the engine hands these to every evaluation.
        self.parameterValues = parameterValues.mapValues(\.detached)
    }

    /// `record-hygiene@1.0.0`.
    public var reference: String { "\(id)@\(version)" }
}
