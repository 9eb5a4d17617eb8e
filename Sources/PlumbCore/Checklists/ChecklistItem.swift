/// One check item (检查项目) of a checklist.
public struct ChecklistItem: Sendable, Hashable {
    public var id: String
    /// 保证项目 / 一般项目; nil for tables without the division (高处作业, 施工机具) and unscored lists.
    public var group: ChecklistItemGroup?
    public var title: String
    /// 应得分: full points; nil for an unscored item.
    public var points: Double?
    /// 扣分标准 or what is checked.
    public var criteria: String?
    /// Remarks, e.g. a figure that could not be confirmed.
    public var notes: String?
    public var onFail: FailureConsequence?

    public init(id: String, group: ChecklistItemGroup? = nil, title: String, points: Double? = nil,
                criteria: String? = nil, notes: String? = nil, onFail: FailureConsequence? = nil) {
        self.id = id
        self.group = group
        self.title = title
        self.points = points
        self.criteria = criteria
        self.notes = notes
        self.onFail = onFail
    }
}
