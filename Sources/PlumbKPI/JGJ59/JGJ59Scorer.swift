/// Folds table scores into the summary (汇总表) and the grade (JGJ 59-2011 4.0.3, 5.0.1).
///
/// Every summary item takes the arithmetic mean of its tables' scores (several 脚手架 kinds, several
/// tower cranes, a tower crane and a lifting operation...), adds A1 = B × C / 100, and the total is
/// ΣA1 / ΣB × 100 over the items inspected, which is ΣA1 when all ten are.
public enum JGJ59Scorer {
    public static func assess(_ tables: [TableScore], project: String?) -> JGJ59Assessment {
        var items: [SummaryItemScore] = []
        var notInspected: [JGJ59SummaryItem] = []
        for item in JGJ59SummaryItem.allCases {
            let scored = tables.filter { $0.summaryItem == item && $0.score != nil }
            guard !scored.isEmpty else {
                notInspected.append(item)
                continue
            }
            let mean = scored.reduce(0) { $0 + ($1.score ?? 0) } / Double(scored.count)
            items.append(SummaryItemScore(item: item, inspectionIDs: scored.map(\.inspectionID), tableScore: mean))
        }
        let weight = items.reduce(0) { $0 + $1.weight }
        let zeroTables = tables.filter { $0.summaryItem != nil && $0.isZero }.map(\.inspectionID)
        let total = weight > 0 ? items.reduce(0) { $0 + $1.contribution } / weight * 100 : nil
        return JGJ59Assessment(
            project: project, items: items, notInspected: notInspected, inspectedWeight: weight, total: total,
            grade: total.map { JGJ59Grade(summary: $0, anyTableZero: !zeroTables.isEmpty) }, zeroTables: zeroTables)
    }
}
