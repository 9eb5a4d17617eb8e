import ArgumentParser
import Foundation
import Plumbline

/// `plumb kpi [PATH...]`: hazard closure and timeliness, archive completeness, saving rate, JGJ 59 scores,
/// schedule lights and recurring findings, as text, JSON or an HTML bulletin; `--fail-under` gates CI.
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: "Score the technical office's KPIs over submitted records (text, JSON or a self-contained HTML bulletin).",
        discussion: "Exit 1 when a --fail-under gate is missed (a KPI with no data, n/a, misses its gate); 2 when the run could not complete."
    )

    /// `--format text|json|html[:FILE]`.
    struct Format: ExpressibleByArgument {
        enum Kind: String, CaseIterable { case text, json, html }
        var kind: Kind
        var path: String?

        init?(argument: String) {
            let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
            guard let kind = parts.first.flatMap(Kind.init(rawValue:)) else { return nil }
            self.kind = kind
            path = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        }

        static var allValueStrings: [String] { Kind.allCases.map(\.rawValue) }
    }

    /// `--fail-under KPI=VALUE`.
    struct Gate: ExpressibleByArgument {
        var kpi: KPIIdentifier
        var minimum: Double

        init?(argument: String) {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let kpi = KPIIdentifier(rawValue: parts[0]),
                  let minimum = Double(parts[1].replacingOccurrences(of: "%", with: "")) else { return nil }
            self.kpi = kpi
            self.minimum = minimum
        }
    }

    @Argument(help: "Files and folders of records (default: plumb.yaml's paths, or the current folder).")
    var paths: [String] = []

    @Option(help: "The date the KPIs are computed as of, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(help: "Also score each group: project, month or discipline.")
    var by: String?

    @Option(name: .customLong("format"), help: ArgumentHelp("text, json or html, optionally :FILE; repeatable.", valueName: "format"))
    var formats: [Format] = []

    @Option(name: .customLong("fail-under"), help: ArgumentHelp(
        "Exit 1 when KPI is below VALUE (percent; jgj59: score); repeatable. KPIs: \(KPIIdentifier.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "kpi=value"))
    var gates: [Gate] = []

    @Option(name: .customLong("kpi-config"), help: ArgumentHelp("KPI targets and thresholds overriding rules/kpi/kpi.yaml; repeatable.", valueName: "file"))
    var kpiConfig: [String] = []

    @OptionGroup var project: ConfigurationOptions

    @OptionGroup var rules: RuleOptions

    @OptionGroup var checklists: ChecklistOptions

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of '\(asOf)' is not a date (YYYY-MM-DD)") }
        if let by, KPIScorer.Grouping(rawValue: by) == nil { throw ValidationError("--by must be project, month or discipline") }
    }

    func run() throws {
        let shipped = RulesLocator.shippedRules().map { [$0 + "/kpi/kpi.yaml"] } ?? []
        let settings: KPISettings
        switch KPISettingsLoader.load(shipped.filter { FileManager.default.fileExists(atPath: $0) } + kpiConfig) {
        case .success(let loaded): settings = loaded
        case .failure(let error):
            Terminal.error(error.description)
            throw ExitStatus.incomplete
        }
        let today = asOf.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today
        // plumb.yaml counts as it does for `plumb check`: packs, parameters, rule settings, files, waivers.
        let run = try ConfiguredRun(project: project, rules: rules)
        let options = try run.options(paths: paths, asOf: today, referencePaths: checklists.referencePaths)
        let (report, check) = KPIRun(options: options, catalog: run.catalog, settings: settings,
                                     grouping: by.flatMap(KPIScorer.Grouping.init(rawValue:))).run()
        run.catalog.shutDownPlugins()
        for failure in check.unreadablePaths { Terminal.error("\(failure.path): \(failure.reason)") }
        var written = true
        for format in formats.isEmpty ? [Format(argument: "text")!] : formats {
            let text: String = switch format.kind {
            case .text: KPITextReporter().report(report)
            case .json: KPIJSONReporter().report(report)
            case .html: KPIHTMLReporter().report(report)
            }
            written = Terminal.deliver(text, to: format.path) && written
        }
        if !check.unreadablePaths.isEmpty || !written { throw ExitStatus.incomplete }
        var missed = false
        for gate in gates {
            let value = report.overall.statuses.first { $0.kpi == gate.kpi }?.value
            if let value, value >= gate.minimum { continue }
            missed = true
            let shown = { (number: Double) in gate.kpi == .jgj59 ? KPIFormat.number(number) : KPIFormat.percent(number) }
            Terminal.error("KPI gate missed: \(gate.kpi.rawValue) is \(value.map(shown) ?? "n/a (no data)"), below \(shown(gate.minimum))")
        }
        if missed { throw ExitStatus.findings }
    }
}
