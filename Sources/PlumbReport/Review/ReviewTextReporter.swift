public import PlumbCore

/// A review opinion (审查意见) a reviewer can paste: classification with its basis, the verdict,
/// then numbered points by group, each with its clause and location.
public struct ReviewTextReporter: Sendable {
    public init() {}

    public func report(_ result: ReviewResult) -> String {
        var lines: [String] = []
        for review in result.reviews {
            lines.append("专项施工方案审查意见 — \(review.title ?? review.recordID)（\(review.recordID)）")
            lines.append("  文件：\(review.location.file):\(review.location.line)")
            if let project = review.project { lines.append("  项目：\(project)") }
            if let discipline = review.discipline { lines.append("  专业：\(EnumerationDomain.discipline.chineseTerm(for: discipline))") }
            lines.append("  工程分类：\(review.classification.level.chineseName)（\(review.classification.level.rawValue)）")
            for reason in review.classification.reasons {
                lines.append("    判定依据：\(reason.text)" + (reason.reference.map { "（\($0)）" } ?? ""))
            }
            lines.append("  审查结论：\(review.verdict.chineseName)（\(review.verdict.rawValue)）")
            if let rejection = review.rejection { lines.append("    理由：\(rejection)") }
            var number = 0
            for (index, group) in review.groups.enumerated() {
                lines.append("  \(Self.chineseNumeral(index + 1))、\(group.group.chineseTitle)")
                for finding in group.findings {
                    number += 1
                    var point = "    \(number). \(finding.message)"
                    if let reference = finding.reference { point += "（依据：\(reference)）" }
                    if let remediation = finding.remediation { point += " 整改要求：\(remediation)" }
                    point += " [\(finding.ruleId) \(finding.severity.rawValue) \(finding.location.file):\(finding.location.line):\(finding.location.column)]"
                    lines.append(point)
                }
            }
            if review.groups.isEmpty { lines.append("  未发现问题。") }
            lines.append("")
        }
        let counts = ReviewVerdict.allCases.map { verdict in "\(result.reviews.filter { $0.verdict == verdict }.count) \(verdict.rawValue)" }
        lines.append("\(result.reviews.count) method statement\(result.reviews.count == 1 ? "" : "s") reviewed: \(counts.joined(separator: ", "))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// 一, 二, ... 十 for group headings.
    static func chineseNumeral(_ value: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return value <= 10 ? digits[value] : String(value)
    }
}
