/// One line of the summary table (汇总表): the mean of its tables and what it adds to the total.
public struct SummaryItemScore: Sendable {
    public var item: JGJ59SummaryItem
    /// B: the item's full marks in the summary.
    public var weight: Double { item.weight }
    /// The inspections whose tables feed this item.
    public var inspectionIDs: [String]
    /// C: the arithmetic mean of the tables' scores (4.0.3: 脚手架, hoists and cranes take the mean of those applicable).
    public var tableScore: Double
    /// A1 = B × C / 100.
    public var contribution: Double { weight * tableScore / 100 }

    public init(item: JGJ59SummaryItem, inspectionIDs: [String], tableScore: Double) {
        self.item = item
        self.inspectionIDs = inspectionIDs
        self.tableScore = tableScore
    }
}
