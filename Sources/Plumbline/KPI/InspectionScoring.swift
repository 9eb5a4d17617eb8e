import PlumbCore
import PlumbKPI

/// JGJ 59 scores of the inspection records of a run, for the KPI trend: each scored InspectionRecord
/// as a one-table summary (its table score, or 0 by the zero rule) with its grade.
enum InspectionScoring {
    /// `reference`: the shipped and added checklists; checklists among `records` take precedence.
    static func scores(of records: [Record], reference: ChecklistLibrary) -> [InspectionScore] {
        let library = reference.overlaid(by: ChecklistLibrary(records: records))
        return records.compactMap { record -> InspectionScore? in
            guard let inspection = Inspection(record: record), let checklist = library.checklist(named: inspection.checklistID),
                  checklist.isScored
            else { return nil }
            let table = TableScorer.score(inspection, against: checklist)
            guard let score = table.score else { return nil }
            let assessment = JGJ59Scorer.assess([table], project: inspection.project)
            let total = assessment.total ?? score
            let grade = assessment.grade ?? JGJ59Grade(summary: score, anyTableZero: table.isZero)
            return InspectionScore(
                inspectionID: inspection.id, project: inspection.project, month: inspection.date.map { String($0.description.prefix(7)) },
                score: JGJ59Rounding.twoDecimals(total), grade: grade.chineseName)
        }
    }
}
