/// 隐患等级: the level of a hazard ticket.
public enum HazardLevel: String, Sendable, Hashable, CaseIterable {
    /// 一般隐患
    case general
    /// 重大事故隐患
    case major

    /// The Chinese term.
    public var chineseName: String {
        switch self {
        case .general: "一般隐患"
        case .major: "重大事故隐患"
        }
    }
}
