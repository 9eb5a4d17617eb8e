/// A named expression of a pack (定义), written once and read by its rules as `defs.<name>`.
///
/// Several rules often need the same derived value: the chapter each section of a method statement
/// matches, the item ids of the checklist an inspection follows. A definition computes it once per
/// record, however many rules read it (like a helper rule in OPA or `cel.bind` in CEL).
public struct PackDefinition: Sendable {
    /// The name rules use after `defs.`.
    public var name: String
    /// The record kinds the expression is written for; a rule reading it must match only these.
    public var kinds: [RecordKind]
    /// The expression as written.
    public var source: String
    public var description: String?
    /// Where the expression is written in the pack file.
    public var location: SourceLocation
    /// The expression compiled for ``kinds``, evaluated at most once per record.
    public var compiled: CompiledDefinition

    public init(name: String, kinds: [RecordKind], source: String, description: String?, location: SourceLocation, compiled: CompiledDefinition) {
        self.name = name
        self.kinds = kinds
        self.source = source
        self.description = description
        self.location = location
        self.compiled = compiled
    }
}
