public import PlumbCore

/// The score of one scored checklist item in one inspection.
public struct ItemScore: Sendable, Hashable {
    public var id: String
    public var title: String
    public var group: ChecklistItemGroup?
    /// 应得分.
    public var points: Double
    /// The answer; nil when the item was not checked.
    public var result: ItemResult?
    /// 扣减分数 as counted (bounded by 0 and the points).
    public var deduction: Double
    /// 实得分; nil when the item is left out (不适用 or not checked).
    public var obtained: Double?

    public init(id: String, title: String, group: ChecklistItemGroup?, points: Double, result: ItemResult?, deduction: Double, obtained: Double?) {
        self.id = id
        self.title = title
        self.group = group
        self.points = points
        self.result = result
        self.deduction = deduction
        self.obtained = obtained
    }
}
