import ArgumentParser
import Foundation
import Plumbline

/// `plumb check [PATH ...]`: read and validate every record under the paths.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check submission records (YAML, JSON, CSV) and report every problem with its location."
    )

    @Argument(help: "Files and folders to check (default: the current folder).")
    var paths: [String] = []

    @Option(help: "The date rules treat as today, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(help: "Worker threads (default: all cores). Output is identical for any value.")
    var jobs: Int = CheckOptions.defaultJobs

    @Flag(help: "Show, under each finding, the value of every field the rule read.")
    var explain = false

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
        let today = asOf.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today
        guard let catalog = rules.loadCatalog() else { throw ExitStatus.incomplete }
        let options = CheckOptions(paths: paths.isEmpty ? ["."] : paths, asOf: today, jobs: jobs, explain: explain,
                                   referencePaths: checklists.referencePaths)
        let result = SubmissionCheck(options: options, engine: catalog.engine).run()
        for failure in result.unreadablePaths {
            Terminal.error("\(failure.path): \(failure.reason)")
        }
        let written = output.emit(result)
        if !result.unreadablePaths.isEmpty || !written { throw ExitStatus.incomplete }
        if result.hasFindings(atOrAbove: output.failOn.threshold) { throw ExitStatus.findings }
    }
}
