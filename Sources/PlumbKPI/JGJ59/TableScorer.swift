public import PlumbCore

/// Scores one inspection against its JGJ 59 table (JGJ 59-2011 4.0.3).
///
/// - Each item loses its deduction, never more than its own points (扣减分数不大于应得分数).
///   A 不合格 answer that gives no deduction loses all the item's points.
/// - Items answered 不适用 (缺项), and unchecked 一般项目, are left out: C = D / E × 100 (A2).
/// - Zero rule: a 保证项目 at 0, or 保证项目 together under 40, makes the table 0. When some guarantee
///   items are 不适用, the 40 is scaled by the share of guarantee points checked (40 × checked / all).
public enum TableScorer {
    /// Guarantee items of a JGJ 59 table total 60 of 100, and the subtotal must reach 40 (4.0.3).
    public static let guaranteeSubtotalFloor = 40.0

    public static func score(_ inspection: Inspection, against checklist: Checklist) -> TableScore {
        var problems: [ScoringProblem] = []
        var items: [ItemScore] = []
        var seen: Set<String> = []
        for answer in inspection.answers {
            if checklist.item(answer.id) == nil {
                problems.append(ScoringProblem(.unknownItem, item: answer.id, "\(answer.id) 不是检查表 \(checklist.id) 的检查项目"))
            } else if !seen.insert(answer.id).inserted {
                problems.append(ScoringProblem(.duplicateAnswer, item: answer.id, "\(answer.id) 重复填写，以第一次为准"))
            }
        }
        var guaranteeFull = 0.0, guaranteeChecked = 0.0, guaranteeObtained = 0.0
        var zeroRule: ZeroRule?
        for item in checklist.items {
            guard let points = item.points else { continue }
            if item.group == .guarantee { guaranteeFull += points }
            guard let answer = inspection.answer(item.id) else {
                if item.group == .guarantee {
                    problems.append(ScoringProblem(.guaranteeNotChecked, item: item.id, "保证项目 \(item.id) \(item.title) 未检查（保证项目应全数检查）"))
                } else {
                    problems.append(ScoringProblem(.itemNotChecked, item: item.id, "\(item.id) \(item.title) 未检查，按缺项计"))
                }
                items.append(ItemScore(id: item.id, title: item.title, group: item.group, points: points, result: nil, deduction: 0, obtained: nil))
                continue
            }
            if answer.result == .na {
                items.append(ItemScore(id: item.id, title: item.title, group: item.group, points: points, result: .na, deduction: 0, obtained: nil))
                continue
            }
            let written = answer.deduction ?? (answer.result == .fail ? points : 0)
            let deduction = min(max(written, 0), points)
            if deduction != written {
                problems.append(ScoringProblem(.deductionOutOfRange, item: item.id,
                                               "\(item.id) 扣分 \(written.scoreText) 超出 0～\(points.scoreText)，按 \(deduction.scoreText) 计"))
            }
            let obtained = points - deduction
            items.append(ItemScore(id: item.id, title: item.title, group: item.group, points: points, result: answer.result,
                                   deduction: deduction, obtained: obtained))
            if item.group == .guarantee {
                guaranteeChecked += points
                guaranteeObtained += obtained
                if obtained == 0, zeroRule == nil { zeroRule = .guaranteeItemAtZero(itemID: item.id) }
            }
        }
        if zeroRule == nil, guaranteeFull > 0, guaranteeChecked > 0 {
            let threshold = guaranteeSubtotalFloor * guaranteeChecked / guaranteeFull
            if JGJ59Rounding.twoDecimals(guaranteeObtained) < JGJ59Rounding.twoDecimals(threshold) {
                zeroRule = .guaranteeSubtotalBelowThreshold(subtotal: guaranteeObtained, threshold: threshold)
            }
        }
        let fullMarks = items.reduce(0) { $0 + ($1.obtained == nil ? 0 : $1.points) }
        let obtained = items.reduce(0) { $0 + ($1.obtained ?? 0) }
        let unadjusted = fullMarks > 0 ? obtained / fullMarks * 100 : nil
        let summaryItem = checklist.summaryItem.flatMap(JGJ59SummaryItem.init(written:))
        if summaryItem == nil {
            let written = checklist.summaryItem.map { "'\($0)' 不是" } ?? "未指明"
            problems.append(ScoringProblem(.noSummaryItem, "检查表 \(checklist.id) 的汇总表项目 \(written) JGJ 59 汇总表项目，本表不计入汇总"))
        }
        return TableScore(
            inspectionID: inspection.id, file: inspection.file, project: inspection.project, site: inspection.site, date: inspection.date,
            checklistID: checklist.id, checklistTitle: checklist.title, standard: checklist.standard, summaryItem: summaryItem,
            fullMarks: fullMarks, obtained: obtained, unadjustedScore: unadjusted,
            score: unadjusted.map { zeroRule == nil ? $0 : 0 }, zeroRule: unadjusted == nil ? nil : zeroRule,
            items: items, problems: problems)
    }
}
