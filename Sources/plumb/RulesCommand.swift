import ArgumentParser
import Foundation
import Plumbline

/// `plumb rules list | show ID | test [PATH...]`.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and test the rule packs.",
        subcommands: [List.self, Show.self, Test.self, Docs.self]
    )

    /// `plumb rules list`: one line a rule.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every rule of the loaded packs.",
            discussion: "With a plumb.yaml, its packs and parameters are loaded and its rule settings shown: the severity it sets, or 'off'.")

        @OptionGroup var project: ConfigurationOptions

        @OptionGroup var rules: RuleOptions

        func run() throws {
            let run = try ConfiguredRun(project: project, rules: rules, strictRuleSettings: false)
            let (catalog, adjustments) = (run.catalog, run.configuration.adjustments)
            var lines: [String] = []
            for pack in catalog.packs {
                lines.append("\(pack.reference)  \(pack.title)")
                for rule in pack.rules {
                    let kinds = rule.match.kinds.map(\.rawValue).joined(separator: ",")
                    let severity = adjustments.disabled.contains(rule.id) ? "off" : (adjustments.severities[rule.id] ?? rule.severity).rawValue
                    lines.append("  \(rule.id)  \(severity)  \(kinds)  \(rule.title)")
                }
            }
            lines.append("\(catalog.packs.count) packs, \(catalog.engine.ruleCount) rules")
            Terminal.write(lines.joined(separator: "\n") + "\n")
        }
    }

    /// `plumb rules show ID`: everything about one rule.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one rule: what it checks, its basis and its examples.")

        @Argument(help: "The rule id, e.g. RH-001.")
        var id: String

        @OptionGroup var project: ConfigurationOptions

        @OptionGroup var rules: RuleOptions

        func run() throws {
            let run = try ConfiguredRun(project: project, rules: rules, strictRuleSettings: false)
            let catalog = run.catalog
            guard let (rule, pack) = catalog.rule(id) else {
                Terminal.error("no rule '\(id)'\(Suggestion.hint(for: id, among: catalog.ruleIDs))")
                throw ExitStatus.incomplete
            }
            var lines = [
                "\(rule.id)  \(rule.title)",
                "  pack:        \(pack.reference) (\(rule.location.file):\(rule.location.line))",
                "  severity:    \(rule.severity.rawValue)" + Self.setting(rule.id, run.configuration),
                "  applies to:  \(rule.match.kinds.map(\.rawValue).joined(separator: ", "))"
                    + (rule.match.disciplines.map { " / " + $0.sorted().joined(separator: ", ") } ?? ""),
            ]
            if let when = rule.when { lines.append("  when:        \(when.source)") }
            if let assertion = rule.assertion { lines.append("  assert:      \(assertion.source)") }
            if let check = rule.check { lines.append("  check:       \(check.checker.id)") }
            lines.append("  message:     \(rule.message.source)")
            let sources = [rule.when?.source, rule.assertion?.source, rule.message.source].compactMap { $0 }
            for (offset, definition) in pack.definitions(readBy: sources).enumerated() {
                lines.append((offset == 0 ? "  definitions: " : "               ") + "defs.\(definition.name) = \(definition.source)")
            }
            if let reference = rule.reference { lines.append("  reference:   \(reference.text)") }
            if let remediation = rule.remediation { lines.append("  remediation: \(remediation)") }
            if !rule.tags.isEmpty { lines.append("  tags:        \(rule.tags.joined(separator: ", "))") }
            if let description = rule.description { lines.append("  \(description)") }
            let passes = rule.examples.filter { $0.expectation == .pass }.count
            lines.append("  examples:    \(passes) pass, \(rule.examples.count - passes) fail")
            Terminal.write(lines.joined(separator: "\n") + "\n")
        }

        /// ` (plumb.yaml: warning)` or ` (plumb.yaml: off)` when the project configuration changes the rule.
        static func setting(_ id: String, _ configuration: ProjectConfiguration) -> String {
            let adjustments = configuration.adjustments
            if adjustments.disabled.contains(id) { return " (\(configuration.file ?? "plumb.yaml"): off)" }
            if let severity = adjustments.severities[id] { return " (\(configuration.file ?? "plumb.yaml"): \(severity.rawValue))" }
            return ""
        }
    }

    /// `plumb rules test [PATH...]`: run every rule's examples.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run every rule's pass and fail examples; exit 1 when any rule fails.")

        @Argument(help: "Rule packs to test (default: the shipped packs and any --rules).")
        var paths: [String] = []

        @Option(help: "Only these rule ids (repeatable).")
        var rule: [String] = []

        @Option(help: "The date examples are evaluated on, unless an example gives its own asOf (fixed, so examples do not age).")
        var asOf = RuleExampleRunner.defaultAsOf.description

        @OptionGroup var project: ConfigurationOptions

        @OptionGroup var rules: RuleOptions

        func run() throws {
            var options = rules
            if !paths.isEmpty { options.only = paths }
            // A project's own packs (plumb.yaml `packs`) are tested too, with every pack's default parameters:
            // examples are written against the defaults, so the project's `parameters` would break them.
            var configuration = try project.load()
            configuration.parameters = []
            guard let catalog = options.loadCatalog(configuration: configuration) else { throw ExitStatus.incomplete }
            guard let date = CalendarDate(iso: asOf) else { throw ValidationError("--as-of '\(asOf)' is not a date") }
            let outcomes = RuleExampleRunner(catalog: catalog, asOf: date).run(only: rule.isEmpty ? nil : Set(rule))
            catalog.shutDownPlugins()
            Terminal.write(ExampleTestReport.text(outcomes.map { .init(name: $0.ruleID, exampleCount: $0.exampleCount, failures: $0.failures) }))
            let failed = outcomes.filter { !$0.passed }.count
            if outcomes.contains(where: \.pluginFailed) { throw ExitStatus.incomplete }
            if failed > 0 { throw ExitStatus.findings }
        }
    }

    /// `plumb rules docs [--out DIR]`: write docs/rules/ from the packs.
    struct Docs: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the rule documentation (one Markdown page per pack) generated from the packs.")

        @Option(help: "Folder to write into.")
        var out = "docs/rules"

        @OptionGroup var rules: RuleOptions

        func run() throws {
            guard let catalog = rules.loadCatalog() else { throw ExitStatus.incomplete }
            let files = RuleDocsWriter.files(for: catalog)
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                for file in files {
                    try Data(file.content.utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent(file.name), options: .atomic)
                }
            } catch {
                Terminal.error("cannot write \(out): \(error.localizedDescription)")
                throw ExitStatus.incomplete
            }
            Terminal.write("wrote \(files.count) pages to \(out)\n")
        }
    }
}
