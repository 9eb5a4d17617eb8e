import ArgumentParser
import Plumbline

/// `plumb checklist score RECORD...`: JGJ 59 scores per table, the summary per project, and the grade.
struct ChecklistScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score inspection records by JGJ 59-2011: each table, the summary (汇总表) and the grade (优良/合格/不合格).",
        discussion: """
            Exit codes: 0 scored without problems; 1 scored, but something makes a score doubtful (a guarantee \
            item not checked, a deduction out of range, an unknown checklist, a record with format errors); \
            2 nothing could be scored (no inspection record, unreadable path, broken checklist).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "InspectionRecord files or folders (their checklists may be among them, or shipped).")
    var records: [String]

    @Option(help: "text (default) or json (shape in docs/kpi.md).")
    var format: Format = .text

    @OptionGroup var checklists: ChecklistOptions

    func run() throws {
        guard let library = checklists.loadLibrary() else { throw ExitStatus.incomplete }
        let report = ChecklistScoring(paths: records, library: library).run()
        for failure in report.unreadable { Terminal.error("\(failure.path): \(failure.reason)") }
        switch format {
        case .json:
            Terminal.write(ScoreJSON.render(report))
        case .text:
            var lines: [String] = []
            for error in report.recordErrors {
                lines.append("\(error.location.file):\(error.location.line):\(error.location.column): error: [\(error.ruleId)] \(error.message)")
            }
            for table in report.tables { lines += ScoreText.table(table, detailed: true) + [""] }
            for item in report.unscored { lines.append("\(item.inspectionID)  未计分：\(item.reason)") }
            if !report.unscored.isEmpty { lines.append("") }
            for assessment in report.assessments { lines += ScoreText.assessment(assessment) + [""] }
            if report.tables.isEmpty && report.unscored.isEmpty { lines.append("no InspectionRecord found in \(records.joined(separator: " "))") }
            Terminal.write(lines.joined(separator: "\n") + "\n")
        }
        if !report.unreadable.isEmpty || (report.tables.isEmpty && !report.unscored.contains { !$0.isProblem }) { throw ExitStatus.incomplete }
        if report.hasProblems { throw ExitStatus.findings }
    }
}
