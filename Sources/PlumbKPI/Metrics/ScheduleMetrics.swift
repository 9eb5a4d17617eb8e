public import PlumbCore

/// Per-task deviation and traffic light, and earned value per progress report.
public enum ScheduleMetrics {
    /// Every task, red first, then by deviation (largest first).
    public static func tasks(_ reports: [Record], settings: KPISettings) -> [ScheduleTask] {
        var tasks: [ScheduleTask] = []
        for report in reports where report.kind == .progressReport {
            for task in report.value.value(at: "spec.tasks")?.listValue ?? [] {
                let planned = task["plannedPercent"]?.numberValue
                let actual = task["actualPercent"]?.numberValue
                let deviation = planned.flatMap { p in actual.map { p - $0 } }
                var delay: Int?
                if case .date(let plannedFinish)? = task["plannedFinish"]?.node, case .date(let forecast)? = task["forecastFinish"]?.node {
                    delay = forecast.dayNumber - plannedFinish.dayNumber
                }
                tasks.append(ScheduleTask(
                    reportID: report.id, project: report.project, period: report.text("spec.period"),
                    taskID: task["id"]?.stringValue ?? "?", name: task["name"]?.stringValue,
                    plannedPercent: planned, actualPercent: actual, deviation: deviation, delayDays: delay,
                    light: deviation.map { settings.light(forDeviation: max(0, $0)) }))
            }
        }
        return tasks.sorted {
            let (a, b) = ($0.light ?? .green, $1.light ?? .green)
            if a != b { return a > b }
            if ($0.deviation ?? 0) != ($1.deviation ?? 0) { return ($0.deviation ?? 0) > ($1.deviation ?? 0) }
            return ($0.reportID, $0.taskID) < ($1.reportID, $1.taskID)
        }
    }

    public static func earnedValue(_ reports: [Record]) -> [EarnedValue] {
        reports.filter { $0.kind == .progressReport }.map { report in
            let pv = report.number("spec.earnedValue.pv")
            let ev = report.number("spec.earnedValue.ev")
            return EarnedValue(reportID: report.id, project: report.project, period: report.text("spec.period"),
                               spi: pv.flatMap { pv in pv > 0 ? ev.map { $0 / pv } : nil },
                               sv: pv.flatMap { pv in ev.map { $0 - pv } })
        }
    }
}
