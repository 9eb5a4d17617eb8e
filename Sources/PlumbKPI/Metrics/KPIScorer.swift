public import PlumbCore

/// Computes every KPI of a set of records: overall, per group (`--by`), trends and recurring findings.
public struct KPIScorer: Sendable {
    /// How records are grouped.
    public enum Grouping: String, Sendable, CaseIterable {
        case project, month, discipline
    }

    public var settings: KPISettings
    public var asOf: CalendarDate

    public init(settings: KPISettings, asOf: CalendarDate) {
        self.settings = settings
        self.asOf = asOf
    }

    /// - Parameters:
    ///   - inspections: JGJ 59 scores of the inspections among `records`, computed by the scoring module.
    public func report(records all: [Record], findings: [Finding], inspections: [InspectionScore], by grouping: Grouping?) -> KPIReport {
        // Checklists are templates, not project records.
        let records = all.filter { $0.kind != .checklist }
        let overall = group("all", records: records, inspections: inspections)
        var groups: [KPIGroup] = []
        if let grouping {
            var keys: [String: [Record]] = [:]
            for record in records { keys[key(of: record, grouping), default: []].append(record) }
            for (key, members) in keys.sorted(by: { $0.key < $1.key }) {
                let ids = Set(members.map(\.id))
                groups.append(group(key, records: members, inspections: inspections.filter { ids.contains($0.inspectionID) }))
            }
        }
        let projects = Dictionary(records.map { ($0.id, $0.project ?? "—") }, uniquingKeysWith: { first, _ in first })
        return KPIReport(asOf: asOf.description, groupedBy: grouping?.rawValue, overall: overall, groups: groups,
                         trend: trend(records, inspections: inspections),
                         topFindings: FindingMetrics.top(findings, projectOf: projects, limit: settings.topFindings))
    }

    private func key(of record: Record, _ grouping: Grouping) -> String {
        switch grouping {
        case .project: record.project ?? "—"
        case .month: record.month ?? "—"
        case .discipline: record.discipline ?? "—"
        }
    }

    func group(_ key: String, records: [Record], inspections: [InspectionScore]) -> KPIGroup {
        let hazards = HazardMetrics.summarise(records, asOf: asOf)
        let archives = ArchiveMetrics.statuses(records)
        let saving = SavingMetrics.rate(records)
        let earned = ScheduleMetrics.earnedValue(records)
        let archiveRate = archives.reduce(Rate(0, of: 0)) { $0 + $1.completeness }
        let spis = earned.compactMap(\.spi)
        let scores = inspections.map(\.score)
        let values: [(KPIIdentifier, Double?, Rate?)] = [
            (.closure, hazards.closure.percent, hazards.closure),
            (.majorClosure, hazards.majorClosure.percent, hazards.majorClosure),
            (.timeliness, hazards.timeliness.percent, hazards.timeliness),
            (.archive, archiveRate.percent, archiveRate),
            (.saving, saving.percent, saving),
            (.jgj59, scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count), nil),
            (.spi, spis.isEmpty ? nil : spis.reduce(0, +) / Double(spis.count) * 100, nil),
        ]
        let statuses = values.map { kpi, value, rate in
            let target = settings.targets[kpi]
            return KPIStatus(kpi: kpi, title: kpi.chineseName, value: value, target: target,
                             met: target.flatMap { target in value.map { target.isMet(by: $0) } }, rate: rate)
        }
        return KPIGroup(key: key, recordCount: records.count, statuses: statuses, hazards: hazards, archives: archives,
                        saving: saving, tasks: ScheduleMetrics.tasks(records, settings: settings), earnedValue: earned,
                        inspections: inspections)
    }

    /// Closure rate and mean JGJ 59 score per project by month.
    func trend(_ records: [Record], inspections: [InspectionScore]) -> [TrendSeries] {
        var series: [TrendSeries] = []
        let projects = Set(records.compactMap(\.project) + inspections.compactMap(\.project)).sorted()
        for project in projects {
            let tickets = records.filter { $0.kind == .hazardTicket && $0.project == project }
            let months = Set(tickets.compactMap(\.month)).sorted()
            if !months.isEmpty {
                series.append(TrendSeries(kpi: .closure, project: project, points: months.map { month in
                    .init(month: month, value: HazardMetrics.summarise(tickets.filter { $0.month == month }, asOf: asOf).closure.percent)
                }))
            }
            let scored = inspections.filter { $0.project == project }
            let scoredMonths = Set(scored.compactMap(\.month)).sorted()
            if !scoredMonths.isEmpty {
                series.append(TrendSeries(kpi: .jgj59, project: project, points: scoredMonths.map { month in
                    let values = scored.filter { $0.month == month }.map(\.score)
                    return .init(month: month, value: values.reduce(0, +) / Double(values.count))
                }))
            }
        }
        return series
    }
}
