import PlumbCore
@testable import PlumbKPI

/// Tables and inspections built in code, so each test shows its own arithmetic.
enum Fixtures {
    /// A JGJ 59 table shaped like 表B.17: six 保证项目 of 10 points, four 一般项目 of 10.
    static func table(_ id: String = "T", summaryItem: String? = "塔式起重机与起重吊装") -> Checklist {
        let items = (1...10).map { index in
            ChecklistItem(id: "I\(index)", group: index <= 6 ? .guarantee : .general, title: "项目\(index)", points: 10)
        }
        return Checklist(id: id, title: "测试表", standard: "JGJ 59-2011", summaryItem: summaryItem, items: items)
    }

    /// An inspection answering every item of `table` with pass, except those in `answers`.
    static func inspection(_ id: String = "IR-1", of checklist: Checklist, _ answers: [String: (ItemResult, Double?)] = [:],
                           leaving omitted: Set<String> = []) -> Inspection {
        let list = checklist.items.filter { !omitted.contains($0.id) }.map { item -> InspectionAnswer in
            let (result, deduction) = answers[item.id] ?? (.pass, 0)
            return InspectionAnswer(id: item.id, result: result, deduction: deduction)
        }
        return Inspection(id: id, project: "南湖站", checklistID: checklist.id, answers: list)
    }

    /// A table score for the summary tests: only `score` and `summaryItem` matter there.
    static func scored(_ id: String, _ item: JGJ59SummaryItem, _ score: Double, zero: ZeroRule? = nil) -> TableScore {
        TableScore(inspectionID: id, file: "", project: "南湖站", site: nil, date: nil, checklistID: "T", checklistTitle: nil,
                   standard: nil, summaryItem: item, fullMarks: 100, obtained: score, unadjustedScore: score,
                   score: zero == nil ? score : 0, zeroRule: zero, items: [], problems: [])
    }
}
