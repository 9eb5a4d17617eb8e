/// KPIs of one group of records: the whole run, or one project, month or discipline (`--by`).
public struct KPIGroup: Sendable, Codable {
    /// `all`, or the project / month / discipline.
    public var key: String
    public var recordCount: Int
    public var statuses: [KPIStatus]
    public var hazards: HazardSummary
    public var archives: [ArchiveStatus]
    public var saving: Rate
    public var tasks: [ScheduleTask]
    public var earnedValue: [EarnedValue]
    public var inspections: [InspectionScore]
}

/// Everything `plumb kpi` reports.
public struct KPIReport: Sendable, Codable {
    public var asOf: String
    /// How groups were formed: `project`, `month`, `discipline`, or nil for none.
    public var groupedBy: String?
    public var overall: KPIGroup
    public var groups: [KPIGroup]
    /// Per project, per month: closure rate and mean JGJ 59 score (trend).
    public var trend: [TrendSeries]
    public var topFindings: [FindingFrequency]
}

/// One line of a trend chart: a KPI of one project by month.
public struct TrendSeries: Sendable, Codable, Hashable {
    public struct Point: Sendable, Codable, Hashable {
        public var month: String
        public var value: Double?

        public init(month: String, value: Double?) {
            self.month = month
            self.value = value
        }
    }

    public var kpi: KPIIdentifier
    public var project: String
    public var points: [Point]

    public init(kpi: KPIIdentifier, project: String, points: [Point]) {
        self.kpi = kpi
        self.project = project
        self.points = points
    }
}
