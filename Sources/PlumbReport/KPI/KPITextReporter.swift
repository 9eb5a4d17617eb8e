public import PlumbKPI

/// `plumb kpi` as text: the KPI table (value, target, met), overdue hazards, archive gaps, red tasks, top findings.
public struct KPITextReporter: Sendable {
    public init() {}

    public func report(_ report: KPIReport) -> String {
        var lines = ["KPI as of \(report.asOf)"]
        for group in [report.overall] + report.groups {
            lines.append("")
            lines.append(group.key == "all" ? "== 全部记录 (\(group.recordCount) records)" : "== \(report.groupedBy ?? ""): \(group.key) (\(group.recordCount) records)")
            for status in group.statuses {
                let value = status.value.map { status.kpi == .jgj59 ? KPIFormat.number($0) : KPIFormat.percent($0) } ?? "n/a"
                let fraction = status.rate.map { " (\(KPIFormat.number($0.numerator))/\(KPIFormat.number($0.denominator)))" } ?? ""
                let target = status.target.map { ($0.atMost ? " target ≤ " : " target ≥ ") + KPIFormat.number($0.value) } ?? ""
                let verdict = status.met.map { $0 ? "  met" : "  MISSED" } ?? ""
                lines.append("  \(status.kpi.rawValue.padding(14)) \(status.title): \(value)\(fraction)\(target)\(verdict)")
            }
            if let mean = group.hazards.meanDaysToClose { lines.append("  平均整改天数: \(KPIFormat.number(mean)) d") }
            if !group.hazards.overdue.isEmpty {
                lines.append("  超期隐患 (overdue):")
                for hazard in group.hazards.overdue {
                    lines.append("    \(hazard.ticketID)  \(hazard.daysOverdue) d overdue  \(hazard.level)  owner \(hazard.owner ?? "—")  deadline \(hazard.deadline)  \(hazard.description ?? "")")
                }
            }
            for archive in group.archives where !archive.missing.isEmpty {
                lines.append("  归档缺项 \(archive.manifestID): \(archive.missing.joined(separator: ", "))")
            }
            for task in group.tasks where task.light != .green {
                lines.append("  \(task.light?.chineseName ?? "—") \(task.reportID) \(task.taskID) \(task.name ?? ""): 偏差 \(task.deviation.map { KPIFormat.number($0) } ?? "n/a") 个百分点")
            }
        }
        if !report.topFindings.isEmpty {
            lines.append("")
            lines.append("常见问题 (most frequent findings):")
            for item in report.topFindings {
                lines.append("  \(item.count)×  \(item.ruleID)  [\(item.projects.joined(separator: ", "))]  \(item.example)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
