import ArgumentParser
import Plumbline

/// Options that choose rule packs, shared by `check`, `review` and `rules`.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Add the rule packs at PATH (file or folder); repeatable.", valueName: "path"))
    var additional: [String] = []

    @Option(name: .customLong("only-rules"), help: ArgumentHelp("Use only the rule packs at PATH instead of the shipped ones; repeatable.", valueName: "path"))
    var only: [String] = []

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a pack parameter: pack-id.parameter=value; repeatable.", valueName: "pack.param=value"))
    var assignments: [String] = []

    @OptionGroup var plugins: PluginPathOptions

    func validate() throws {
        for assignment in assignments where !assignment.contains("=") {
            throw ValidationError("--set '\(assignment)' should be pack-id.parameter=value")
        }
    }

    var selection: RuleSelection { selection(configuration: .none) }

    /// The packs to load: plumb.yaml's `packs` and `parameters`, then the command line on top
    /// (`--only-rules` replaces every other pack; `--set` wins over `parameters`).
    func selection(configuration: ProjectConfiguration) -> RuleSelection {
        var overrides = configuration.parameterOverrides
        var locations = configuration.parameterLocations
        for assignment in assignments {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            overrides[parts[0]] = parts.count > 1 ? parts[1] : ""
            locations[parts[0]] = nil
        }
        return RuleSelection(shippedRules: RulesLocator.shippedRules(), additional: configuration.packs + additional, only: only,
                             overrides: overrides, overrideLocations: locations,
                             pluginPaths: configuration.pluginPaths + plugins.paths)
    }

    /// Loads the plugins and packs, printing every plugin and pack error; nil when any is broken (the caller exits 2).
    func loadCatalog(configuration: ProjectConfiguration = .none) -> RuleCatalog? {
        let catalog = RuleCatalog(selection: selection(configuration: configuration))
        // Only a run with external plugins has children to stop on Ctrl-C; other commands keep their own handlers.
        if !catalog.externalPlugins.isEmpty { Interrupts.stopPluginsOnExit() }
        for error in catalog.pluginErrors { Terminal.error(error.description) }
        for error in catalog.errors { Terminal.error(error.description) }
        return catalog.hasErrors ? nil : catalog
    }
}
