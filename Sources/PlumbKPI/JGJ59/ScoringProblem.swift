/// Something in an inspection record that makes its score doubtful; shown beside the score, never a crash.
public struct ScoringProblem: Sendable, Hashable {
    /// What kind of problem.
    public enum Kind: String, Sendable, Hashable {
        /// A 保证项目 has no answer (JGJ 59: all guarantee items must be checked).
        case guaranteeNotChecked = "guarantee-not-checked"
        /// A scored 一般项目 has no answer; it is left out like 不适用.
        case itemNotChecked = "item-not-checked"
        /// A deduction above the item's points (counted as the full points) or below 0 (counted as 0).
        case deductionOutOfRange = "deduction-out-of-range"
        /// An answer names an item the checklist does not have.
        case unknownItem = "unknown-item"
        /// An item answered more than once; the first answer counts.
        case duplicateAnswer = "duplicate-answer"
        /// The checklist names no JGJ 59 summary item, so the table is not in the summary.
        case noSummaryItem = "no-summary-item"
    }

    public var kind: Kind
    /// The checklist item concerned, when there is one.
    public var itemID: String?
    public var message: String

    public init(_ kind: Kind, item: String? = nil, _ message: String) {
        self.kind = kind
        self.itemID = item
        self.message = message
    }
}
