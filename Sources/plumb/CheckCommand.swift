import ArgumentParser
import Foundation
import Plumbline

/// `plumb check [PATH ...]`: read and validate every record under the paths, run the rules, apply
/// the project's waivers and baseline, and report in every requested format.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check submission records (YAML, JSON, CSV) and report every problem with its location."
    )

    @Argument(help: "Files and folders to check (default: plumb.yaml's paths, else the current folder).")
    var paths: [String] = []

    @Option(help: "The date rules treat as today, YYYY-MM-DD (default: today). Waivers expire against it too.")
    var asOf: String?

    @Option(help: "Worker threads (default: all cores). Output is identical for any value.")
    var jobs: Int = CheckOptions.defaultJobs

    @Flag(help: "Show, under each finding, the value of every field the rule read.")
    var explain = false

    @Flag(help: "After the report, list the slowest rules with their time (on standard error).")
    var profile = false

    @Option(help: ArgumentHelp("The waivers file (default: plumb.yaml's waivers).", valueName: "file"))
    var waivers: String?

    @Option(help: ArgumentHelp("Report only findings not in this baseline, and count the fixed ones (default: plumb.yaml's baseline).", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Write every current finding (waived ones aside) to FILE as a baseline.", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Report only on records in files changed since the git revision REV (and untracked), and the records they reference.", valueName: "rev"))
    var changedSince: String?

    @OptionGroup var project: ConfigurationOptions

    @OptionGroup var rules: RuleOptions

    @OptionGroup var checklists: ChecklistOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date (YYYY-MM-DD)")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let run = try ConfiguredRun(project: project, rules: rules)
        let (configuration, catalog) = (run.configuration, run.catalog)
        let today = asOf.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today
        var options = try run.options(paths: paths, asOf: today, jobs: jobs, referencePaths: checklists.referencePaths, waivers: waivers)
        options.explain = explain
        options.shownSeverity = output.shownSeverity(configuration)
        options.profile = profile
        if let file = baseline ?? configuration.baselineFile {
            options.baseline = try Facade.orExit { () throws(PlumblineError) in try Baseline.load(file) }
        }
        if let changedSince {
            options.changes = try Facade.orExit { () throws(PlumblineError) in try ChangeSet.since(changedSince) }
        }

        let evaluation = SubmissionCheck(options: options, engine: catalog.engine).evaluate()
        ProcessTeardown.keepUntilExit(evaluation)
        catalog.shutDownPlugins()
        let result = evaluation.result
        for failure in result.unreadablePaths {
            Terminal.error("\(failure.path): \(failure.reason)")
        }
        for failure in result.pluginFailures {
            Terminal.error("\(failure); the rules that call it were not run on some records (see \(RuleEngine.pluginFailureRuleID) findings)")
        }
        var complete = output.emit(result, configuration: configuration) && !result.isIncomplete
        if profile { Terminal.note(RuleProfileTable.render(evaluation.ruleTimings, jobs: jobs)) }
        if let writeBaseline {
            complete = Terminal.writeFile(evaluation.currentBaseline.encoded(), to: writeBaseline) && complete
        }
        if !complete { throw ExitStatus.incomplete }
        if result.hasFindings(atOrAbove: output.failThreshold(configuration)) { throw ExitStatus.findings }
    }
}
