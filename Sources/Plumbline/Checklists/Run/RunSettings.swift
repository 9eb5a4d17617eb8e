public import PlumbCore

/// What a checklist run records about itself: which checklist, where, who, when, and where it writes.
public struct RunSettings: Sendable, Hashable {
    /// The checklist's name as the user gave it (its id or an alias); written to `spec.checklist`.
    public var checklist: String
    /// 项目.
    public var project: String
    /// 检查部位, e.g. `3#塔吊`.
    public var site: String
    /// 检查人.
    public var inspector: String?
    /// 检查日期.
    public var date: CalendarDate
    /// `metadata.id` of the InspectionRecord to write.
    public var recordID: String
    /// `metadata.discipline` token.
    public var discipline: String
    /// Where the InspectionRecord goes.
    public var outPath: String
    /// Where the HazardTickets go.
    public var ticketsPath: String

    public init(checklist: String, project: String, site: String, inspector: String?, date: CalendarDate, recordID: String,
                discipline: String, outPath: String, ticketsPath: String) {
        self.checklist = checklist
        self.project = project
        self.site = site
        self.inspector = inspector
        self.date = date
        self.recordID = recordID
        self.discipline = discipline
        self.outPath = outPath
        self.ticketsPath = ticketsPath
    }

    /// `FILE.progress.yaml` beside the output: the answers given so far.
    public static func progressPath(forOut out: String) -> String { out + ".progress.yaml" }

    /// `ir.yaml` → `ir.tickets.yaml`.
    public static func ticketsPath(forOut out: String) -> String {
        for suffix in [".yaml", ".yml"] where out.hasSuffix(suffix) {
            return String(out.dropLast(suffix.count)) + ".tickets" + suffix
        }
        return out + ".tickets.yaml"
    }

    public var progressPath: String { RunSettings.progressPath(forOut: outPath) }
}
