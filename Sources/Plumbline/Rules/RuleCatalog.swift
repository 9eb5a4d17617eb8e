public import PlumbLoad

/// Loaded and compiled rule packs, ready to run: the engine plus what `plumb rules` lists.
public struct RuleCatalog: Sendable {
    public let engine: RuleEngine
    /// Every problem met loading the packs; non-empty means the run cannot go on (exit 2).
    public let errors: [PackLoadError]

    public var packs: [RulePack] { engine.packs }

    /// Loads the packs of `selection` against the built-in checkers.
    public init(selection: RuleSelection, registry: CheckerRegistry = BuiltInCheckers.registry) {
        let output = RulePackLoader(registry: registry, overrides: selection.overrides, overrideLocations: selection.overrideLocations).load(paths: selection.paths)
        engine = RuleEngine(packs: output.packs)
        errors = output.errors
    }

    /// The rule with `id`, and its pack.
    public func rule(_ id: String) -> (rule: Rule, pack: RulePack)? {
        for pack in packs {
            if let rule = pack.rules.first(where: { $0.id == id }) { return (rule, pack) }
        }
        return nil
    }

    /// All rule ids, for "did you mean".
    public var ruleIDs: [String] { packs.flatMap { $0.rules.map(\.id) } }
}
