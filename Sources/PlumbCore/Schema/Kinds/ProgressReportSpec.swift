/// ProgressReport (进度报告) `spec`.
public extension ObjectSchema {
    static let progressReportSpec = ObjectSchema([
        .init("period", .string, required: true, "Reporting period, e.g. 2026-11"),
        .init("tasks", .list(.object(ObjectSchema([
            .init("id", .string, required: true, "Task id"),
            .init("name", .string, "Task name"),
            .init("plannedPercent", .number, "Planned progress, %"),
            .init("actualPercent", .number, "Actual progress, %"),
            .init("plannedFinish", .date, "Planned finish"),
            .init("forecastFinish", .date, "Forecast finish"),
        ]))), required: true, "Schedule tasks"),
        .init("earnedValue", .object(ObjectSchema([
            .init("pv", .number, "Planned value, CNY"),
            .init("ev", .number, "Earned value, CNY"),
            .init("ac", .number, "Actual cost, CNY"),
        ])), "Earned value (挣值), optional"),
    ])
}
