public import PlumbKPI

/// `plumb kpi`: checks the records (so recurring findings are known), then scores every KPI.
public struct KPIRun: Sendable {
    public var options: CheckOptions
    public var catalog: RuleCatalog
    public var settings: KPISettings
    public var grouping: KPIScorer.Grouping?

    public init(options: CheckOptions, catalog: RuleCatalog, settings: KPISettings, grouping: KPIScorer.Grouping?) {
        self.options = options
        self.catalog = catalog
        self.settings = settings
        self.grouping = grouping
    }

    /// The KPI report and the underlying check (for unreadable paths).
    public func run() -> (report: KPIReport, check: CheckResult) {
        let (check, records) = SubmissionCheck(options: options, engine: catalog.engine).runKeepingRecords()
        let scores = InspectionScoring.scores(of: records, reference: ChecklistLibrary(paths: options.referencePaths))
        let report = KPIScorer(settings: settings, asOf: options.asOf)
            .report(records: records, findings: check.findings, inspections: scores, by: grouping)
        return (report, check)
    }
}
