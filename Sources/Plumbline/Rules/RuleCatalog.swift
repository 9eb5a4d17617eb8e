public import PlumbLoad
public import PlumbPluginHost

/// Loaded and compiled rule packs, ready to run: the engine, the checker registry (built-in plugins and the
/// external plugins of the configured paths) and what `plumb rules` and `plumb plugins` list.
public struct RuleCatalog: Sendable {
    public let engine: RuleEngine
    /// Every problem met loading the packs; non-empty means the run cannot go on (exit 2).
    public let errors: [PackLoadError]
    /// Every problem met loading external plugins; non-empty means the run cannot go on (exit 2).
    public let pluginErrors: [PluginLoadError]
    /// The checkers packs were compiled against.
    public let registry: CheckerRegistry
    /// The external plugins loaded from `selection.pluginPaths`.
    public let externalPlugins: [ExternalPlugin]

    public var packs: [RulePack] { engine.packs }

    /// Whether packs or plugins failed to load.
    public var hasErrors: Bool { !errors.isEmpty || !pluginErrors.isEmpty }

    /// Loads the external plugins of `selection`, then its packs against them and the built-in plugins.
    public init(selection: RuleSelection, builtIn: [CheckerPlugin] = BuiltInCheckers.plugins) {
        let plugins = PluginLoader.load(paths: selection.pluginPaths, builtIn: builtIn)
        externalPlugins = plugins.plugins
        pluginErrors = plugins.errors
        registry = CheckerRegistry(plugins: builtIn + plugins.plugins.map(\.plugin))
        let output = RulePackLoader(registry: registry, overrides: selection.overrides, overrideLocations: selection.overrideLocations).load(paths: selection.paths)
        engine = RuleEngine(packs: output.packs)
        errors = output.errors
    }

    /// Stops every external plugin process (they start again if asked for another check).
    public func shutDownPlugins() {
        for plugin in externalPlugins { plugin.shutdown() }
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
