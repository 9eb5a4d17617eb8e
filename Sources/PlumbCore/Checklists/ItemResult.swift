/// 检查结果: the answer to one checklist item.
public enum ItemResult: String, Sendable, Hashable, CaseIterable {
    /// 合格
    case pass
    /// 不合格
    case fail
    /// 不适用 (缺项): left out of the score by JGJ 59's A2 = D / E × 100.
    case na

    /// The Chinese term.
    public var chineseName: String {
        switch self {
        case .pass: "合格"
        case .fail: "不合格"
        case .na: "不适用"
        }
    }
}
