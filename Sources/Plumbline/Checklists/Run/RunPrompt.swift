public import PlumbCore

/// What the run asks next.
public enum RunPrompt: Sendable, Hashable {
    /// The result of an item (合格 / 不合格 / 不适用), or a command; `previous` is an earlier answer to keep with Enter.
    case result(ChecklistItem, number: Int, previous: DraftAnswer?)
    /// 扣分 for a failed item, 0 through `maximum` (Enter: all of it).
    case deduction(ChecklistItem, maximum: Double)
    /// 检查情况 (Enter: none).
    case note(ChecklistItem)
    /// 影像资料 paths (Enter: none).
    case evidence(ChecklistItem)
    /// Every item is answered.
    case finished
}
