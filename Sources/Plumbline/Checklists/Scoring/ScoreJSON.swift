import Foundation
import PlumbKPI

/// `plumb checklist score --format json`: the stable shape documented in docs/kpi.md.
public enum ScoreJSON {
    public static func render(_ report: ScoreReport) -> String {
        let root: [String: Any] = [
            "tool": "plumb",
            "version": PlumbVersion.current,
            "tables": report.tables.map(table),
            "unscored": report.unscored.map { ["inspection": $0.inspectionID, "file": $0.file, "checklist": $0.checklist, "reason": $0.reason] },
            "summaries": report.assessments.map(assessment),
            "recordErrors": report.recordErrors.map {
                ["ruleId": $0.ruleId, "message": $0.message, "file": $0.location.file, "line": $0.location.line, "column": $0.location.column] as [String: Any]
            },
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func number(_ value: Double?) -> Any { value.map { JGJ59Rounding.twoDecimals($0) } ?? NSNull() }

    private static func table(_ score: TableScore) -> [String: Any] {
        var zero: Any = NSNull()
        switch score.zeroRule {
        case .guaranteeItemAtZero(let item)?:
            zero = ["rule": "guarantee-item-zero", "item": item]
        case .guaranteeSubtotalBelowThreshold(let subtotal, let threshold)?:
            zero = ["rule": "guarantee-subtotal-below-40", "subtotal": number(subtotal), "threshold": number(threshold)]
        case nil: break
        }
        return [
            "inspection": score.inspectionID, "file": score.file, "project": score.project ?? NSNull(), "site": score.site ?? NSNull(),
            "date": score.date?.description ?? NSNull(), "checklist": score.checklistID, "title": score.checklistTitle ?? NSNull(),
            "standard": score.standard ?? NSNull(), "summaryItem": score.summaryItem?.rawValue ?? NSNull(),
            "fullMarks": number(score.fullMarks), "obtained": number(score.obtained),
            "unadjustedScore": number(score.unadjustedScore), "score": number(score.score), "zeroRule": zero,
            "items": score.items.map { item -> [String: Any] in
                [
                    "id": item.id, "title": item.title, "group": item.group?.rawValue ?? NSNull(), "points": number(item.points),
                    "result": item.result?.rawValue ?? NSNull(), "deduction": number(item.deduction), "obtained": number(item.obtained),
                ]
            },
            "problems": score.problems.map { ["kind": $0.kind.rawValue, "item": $0.itemID ?? NSNull(), "message": $0.message] as [String: Any] },
        ]
    }

    private static func assessment(_ assessment: JGJ59Assessment) -> [String: Any] {
        [
            "project": assessment.project ?? NSNull(),
            "items": assessment.items.map {
                [
                    "item": $0.item.rawValue, "name": $0.item.chineseName, "weight": number($0.weight), "inspections": $0.inspectionIDs,
                    "tableScore": number($0.tableScore), "contribution": number($0.contribution),
                ] as [String: Any]
            },
            "notInspected": assessment.notInspected.map(\.rawValue),
            "inspectedWeight": number(assessment.inspectedWeight),
            "total": number(assessment.total),
            "grade": assessment.grade?.rawValue ?? NSNull(),
            "gradeName": assessment.grade?.chineseName ?? NSNull(),
            "zeroTables": assessment.zeroTables,
        ]
    }
}
