import ArgumentParser
import Foundation
import Plumbline

/// `plumb review FILE...`: a review opinion with classification and verdict for each method statement.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review method statements (专项施工方案): 危大 / 超危大 classification, what is missing, approve / revise / reject.",
        discussion: "Exit 0 when every statement can be approved, 1 when any must be revised or is rejected, 2 when the run could not complete (including when the paths hold no MethodStatement)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Method statement files or folders.")
    var paths: [String]

    @Option(help: "text (a review opinion to paste) or json.")
    var format: Format = .text

    @Option(help: "The date rules treat as today, YYYY-MM-DD (default: today).")
    var asOf: String?

    @OptionGroup var project: ConfigurationOptions

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of '\(asOf)' is not a date (YYYY-MM-DD)") }
    }

    func run() throws {
        // plumb.yaml counts as it does for `plumb check`: packs, parameters, rule settings, files, waivers.
        let run = try ConfiguredRun(project: project, rules: rules)
        let today = asOf.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today
        let result = MethodStatementReviewer(options: try run.options(paths: paths, asOf: today), catalog: run.catalog).run()
        run.catalog.shutDownPlugins()
        for failure in result.check.unreadablePaths { Terminal.error("\(failure.path): \(failure.reason)") }
        switch format {
        case .text: Terminal.write(ReviewTextReporter().report(result))
        case .json: Terminal.write(ReviewJSONReporter().report(result))
        }
        if !result.check.unreadablePaths.isEmpty { throw ExitStatus.incomplete }
        if result.reviews.isEmpty {
            // Nothing to review is not a clean review: the run could not do what was asked.
            Terminal.error("no MethodStatement record in \(paths.joined(separator: ", "))")
            throw ExitStatus.incomplete
        }
        if result.reviews.contains(where: { $0.verdict != .approve }) { throw ExitStatus.findings }
    }
}
