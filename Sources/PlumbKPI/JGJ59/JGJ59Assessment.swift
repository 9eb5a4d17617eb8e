/// 建筑施工安全检查评分汇总: the summary score and grade of one project's inspection round.
public struct JGJ59Assessment: Sendable {
    /// The project the tables belong to (nil when the records name none).
    public var project: String?
    /// The summary items that were inspected, in the summary table's order.
    public var items: [SummaryItemScore]
    /// Summary items with no applicable table (left out by A2 = D / E × 100).
    public var notInspected: [JGJ59SummaryItem]
    /// E at summary level: the weights of the inspected items.
    public var inspectedWeight: Double
    /// The summary score (0–100); nil when nothing could be scored.
    public var total: Double?
    /// nil when nothing could be scored.
    public var grade: JGJ59Grade?
    /// Inspections whose table scored 0 (each forces 不合格).
    public var zeroTables: [String]

    public init(project: String?, items: [SummaryItemScore], notInspected: [JGJ59SummaryItem], inspectedWeight: Double,
                total: Double?, grade: JGJ59Grade?, zeroTables: [String]) {
        self.project = project
        self.items = items
        self.notInspected = notInspected
        self.inspectedWeight = inspectedWeight
        self.total = total
        self.grade = grade
        self.zeroTables = zeroTables
    }
}
