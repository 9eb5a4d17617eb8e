public import PlumbKPI

/// Score results as lines of text for people (`plumb checklist score`, the end of `plumb checklist run`).
public enum ScoreText {
    /// One table: its items (when `detailed`), its score, the zero rule and its problems.
    public static func table(_ score: TableScore, detailed: Bool) -> [String] {
        var lines: [String] = []
        if detailed {
            let place = [score.site, score.date?.description].compactMap { $0 }.joined(separator: "  ")
            lines.append("\(score.inspectionID)  \(score.checklistTitle ?? score.checklistID)\(score.standard.map { "（\($0)）" } ?? "")  \(place)")
            for item in score.items {
                let group = item.group?.chineseName ?? "    "
                let obtained: String
                switch item.result {
                case nil: obtained = "未检查"
                case .na?: obtained = "不适用"
                default: obtained = "扣 \(item.deduction.scoreText)  得 \((item.obtained ?? 0).scoreText)"
                }
                lines.append("  \(group)  \(item.id)  \(item.title)  \(item.points.scoreText) 分  \(obtained)")
            }
        }
        guard let value = score.score else {
            lines.append("  无可计分项（全部不适用或未检查）")
            return lines + score.problems.map { "  ! \($0.message)" }
        }
        var result = "  得分 \(value.scoreText)（应得 \(score.fullMarks.scoreText)，实得 \(score.obtained.scoreText)"
        if score.fullMarks != score.items.reduce(0, { $0 + $1.points }) { result += "，缺项按 实得÷应得×100 折算" }
        result += "）"
        lines.append(result)
        if let rule = score.zeroRule { lines.append("  ! \(rule.explanation)") }
        if let item = score.summaryItem {
            lines.append("  汇总表项目 \(item.chineseName)（满分 \(item.weight.scoreText)）：本表折合 \((item.weight * value / 100).scoreText) 分")
        }
        lines += score.problems.map { "  ! \($0.message)" }
        return lines
    }

    /// The summary table of one project and its grade.
    public static func assessment(_ assessment: JGJ59Assessment) -> [String] {
        var lines = ["汇总（JGJ 59-2011 表A）\(assessment.project.map { "：\($0)" } ?? "")"]
        for item in assessment.items {
            lines.append("  \(item.item.chineseName)  满分 \(item.weight.scoreText)  评分表 \(item.tableScore.scoreText)  得分 \(item.contribution.scoreText)"
                         + (item.inspectionIDs.count > 1 ? "（\(item.inspectionIDs.count) 张表取平均）" : ""))
        }
        if !assessment.notInspected.isEmpty {
            lines.append("  未检查（按缺项折算）：\(assessment.notInspected.map(\.chineseName).joined(separator: "、"))")
        }
        guard let total = assessment.total, let grade = assessment.grade else {
            lines.append("  无可计分的检查表")
            return lines
        }
        lines.append("  总分 \(total.scoreText)（已检查项满分 \(assessment.inspectedWeight.scoreText)，折算为百分制）  评定等级：\(grade.chineseName)")
        if !assessment.zeroTables.isEmpty {
            lines.append("  ! 有分项检查评分表得 0 分（\(assessment.zeroTables.joined(separator: ", "))），评定为不合格")
        }
        return lines
    }
}
