import Foundation
import PlumbCore
import PlumbKPI
import PlumbLoad

/// `plumb checklist score`: read inspection records, find their checklists, score every JGJ 59
/// table and fold them into one summary per project. Never prints.
public struct ChecklistScoring: Sendable {
    public var paths: [String]
    /// The shipped and added checklists; checklists among the records read take precedence.
    public var library: ChecklistLibrary

    public init(paths: [String], library: ChecklistLibrary) {
        self.paths = paths
        self.library = library
    }

    public func run() -> ScoreReport {
        let walk = FileWalker().files(under: paths)
        var unreadable = walk.failures.map { UnreadablePath(path: $0.path, reason: $0.reason) }
        var records: [Record] = []
        var recordErrors: [Finding] = []
        let reader = SubmissionReader()
        for file in walk.files {
            do {
                let outcome = try reader.read(path: file)
                records += outcome.records
                recordErrors += outcome.findings.filter { $0.severity == .error }
            } catch {
                unreadable.append(UnreadablePath(path: file, reason: "cannot be read (\(error.localizedDescription))"))
            }
        }
        let checklists = library.overlaid(by: ChecklistLibrary(records: records))
        var tables: [TableScore] = []
        var unscored: [UnscoredInspection] = []
        for record in records {
            guard let inspection = Inspection(record: record) else { continue }
            guard let checklist = checklists.checklist(named: inspection.checklistID) else {
                unscored.append(UnscoredInspection(
                    inspectionID: inspection.id, file: inspection.file, checklist: inspection.checklistID,
                    reason: "检查表 '\(inspection.checklistID)' 未找到\(Suggestion.hint(for: inspection.checklistID, among: checklists.names))",
                    isProblem: true))
                continue
            }
            guard checklist.isScored else {
                unscored.append(UnscoredInspection(inspectionID: inspection.id, file: inspection.file, checklist: checklist.id,
                                                   reason: "检查表 \(checklist.id) 不计分（无 points）", isProblem: false))
                continue
            }
            tables.append(TableScorer.score(inspection, against: checklist))
        }
        var projects: [String?] = []
        for table in tables where !projects.contains(table.project) { projects.append(table.project) }
        let assessments = projects.map { project in JGJ59Scorer.assess(tables.filter { $0.project == project }, project: project) }
        return ScoreReport(tables: tables, unscored: unscored, assessments: assessments, recordErrors: recordErrors, unreadable: unreadable)
    }
}
