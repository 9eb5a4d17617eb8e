/// 检查项类别: whether an item is a 保证项目 (guarantee item, drives JGJ 59's zero rule) or a 一般项目.
public enum ChecklistItemGroup: String, Sendable, Hashable, CaseIterable {
    /// 保证项目
    case guarantee
    /// 一般项目
    case general

    /// The Chinese term.
    public var chineseName: String {
        switch self {
        case .guarantee: "保证项目"
        case .general: "一般项目"
        }
    }
}
