import ArgumentParser
import Foundation
import Plumbline

/// `plumb plugins list | test`: the discipline checkers, built in and external.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the discipline checker plugins (built in and external) and test their examples.",
        subcommands: [List.self, Test.self]
    )

    /// Loads the built-in plugins and those of `--plugins`, printing manifest errors; nil when any (exit 2).
    static func loadCatalog(_ options: PluginPathOptions) -> RuleCatalog? {
        let catalog = RuleCatalog(selection: RuleSelection(shippedRules: nil, pluginPaths: options.paths))
        for error in catalog.pluginErrors { Terminal.error(error.description) }
        return catalog.pluginErrors.isEmpty ? catalog : nil
    }

    /// `plumb plugins list`: each plugin with its checks (and functions).
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every plugin: id, version, kind, disciplines and checks.")

        @OptionGroup var plugins: PluginPathOptions

        func run() throws {
            guard let catalog = PluginsCommand.loadCatalog(plugins) else { throw ExitStatus.incomplete }
            var lines: [String] = []
            for plugin in catalog.registry.plugins {
                var header = "\(plugin.id)  \(plugin.version)  \(plugin.kind.rawValue)  \(plugin.disciplines.joined(separator: ","))  \(plugin.title)"
                if let manifest = plugin.manifest { header += "  (\(manifest))" }
                lines.append(header)
                for checker in plugin.checkers {
                    lines.append("  \(checker.id)  \(checker.summary)")
                }
                for function in plugin.functions {
                    lines.append("  function \(function.signature)  \(function.summary)")
                }
            }
            let checks = catalog.registry.plugins.reduce(0) { $0 + $1.checkers.count }
            lines.append("\(catalog.registry.plugins.count) plugins, \(checks) checks")
            Terminal.write(lines.joined(separator: "\n") + "\n")
        }
    }

    /// `plumb plugins test`: every checker's examples, in-process and external.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every checker's pass and fail examples; exit 1 when a checker fails them, 2 when a plugin fails.")

        @Option(help: "Only these checker ids (repeatable).")
        var checker: [String] = []

        @OptionGroup var plugins: PluginPathOptions

        func run() throws {
            guard let catalog = PluginsCommand.loadCatalog(plugins) else { throw ExitStatus.incomplete }
            let wanted = Set(checker)
            let known = Set(catalog.registry.allCheckers.map(\.id))
            for id in wanted.sorted() where !known.contains(id) {
                Terminal.error("no checker '\(id)'\(Suggestion.hint(for: id, among: known))")
                throw ExitStatus.incomplete
            }
            let runner = CheckerExampleRunner()
            var outcomes: [CheckerExampleRunner.Outcome] = []
            for plugin in catalog.registry.plugins {
                for item in plugin.checkers where wanted.isEmpty || wanted.contains(item.id) {
                    outcomes.append(runner.test(item, pluginID: plugin.id))
                }
            }
            catalog.shutDownPlugins()
            var lines: [String] = []
            for outcome in outcomes {
                if outcome.passed {
                    lines.append("ok    \(outcome.checkerID) (\(outcome.exampleCount) examples)")
                } else {
                    lines.append("FAIL  \(outcome.checkerID)")
                    lines += outcome.failures.map { "      \($0)" }
                }
            }
            let failed = outcomes.filter { !$0.passed }.count
            lines.append("\(outcomes.count - failed) passed, \(failed) failed")
            Terminal.write(lines.joined(separator: "\n") + "\n")
            if outcomes.contains(where: \.pluginFailed) { throw ExitStatus.incomplete }
            if failed > 0 { throw ExitStatus.findings }
        }
    }
}
