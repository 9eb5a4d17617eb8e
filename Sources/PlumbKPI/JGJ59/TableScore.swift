public import PlumbCore

/// 分项检查评分表得分: the score of one inspection record against its JGJ 59 table.
public struct TableScore: Sendable {
    /// The InspectionRecord's id.
    public var inspectionID: String
    public var file: String
    public var project: String?
    public var site: String?
    public var date: CalendarDate?
    /// The checklist's canonical id.
    public var checklistID: String
    public var checklistTitle: String?
    public var standard: String?
    /// The summary item the table feeds; nil when the checklist names none this release knows.
    public var summaryItem: JGJ59SummaryItem?
    /// E: full marks of the items actually checked (不适用 and unchecked items left out).
    public var fullMarks: Double
    /// D: points obtained on those items.
    public var obtained: Double
    /// D / E × 100 before the zero rule; nil when no scored item was checked.
    public var unadjustedScore: Double?
    /// The table's score C (0–100) after the zero rule; nil when no scored item was checked.
    public var score: Double?
    /// Why the table scores 0, when the zero rule applies.
    public var zeroRule: ZeroRule?
    public var items: [ItemScore]
    public var problems: [ScoringProblem]

    public init(inspectionID: String, file: String, project: String?, site: String?, date: CalendarDate?, checklistID: String,
                checklistTitle: String?, standard: String?, summaryItem: JGJ59SummaryItem?, fullMarks: Double, obtained: Double,
                unadjustedScore: Double?, score: Double?, zeroRule: ZeroRule?, items: [ItemScore], problems: [ScoringProblem]) {
        self.inspectionID = inspectionID
        self.file = file
        self.project = project
        self.site = site
        self.date = date
        self.checklistID = checklistID
        self.checklistTitle = checklistTitle
        self.standard = standard
        self.summaryItem = summaryItem
        self.fullMarks = fullMarks
        self.obtained = obtained
        self.unadjustedScore = unadjustedScore
        self.score = score
        self.zeroRule = zeroRule
        self.items = items
        self.problems = problems
    }

    /// Whether the table scores 0 (by the zero rule or by losing every point).
    public var isZero: Bool { score.map { JGJ59Rounding.twoDecimals($0) == 0 } ?? false }
}
