/// 汇总表项目: the ten items of JGJ 59-2011's summary table and their full marks (the weights B).
///
/// Source: JGJ 59-2011《建筑施工安全检查标准》附录A 表A 建筑施工安全检查评分汇总表 (安全管理 10,
/// 文明施工 15, 脚手架 10, 基坑工程 10, 模板支架 10, 高处作业 10, 施工用电 10, 物料提升机与施工升降机 10,
/// 塔式起重机与起重吊装 10, 施工机具 5; total 100), as recorded in the project's domain reference
/// (spec/domain.md §2). Beware JGJ 59-99, whose summary table had other items and weights.
public enum JGJ59SummaryItem: String, Sendable, Hashable, CaseIterable, Codable {
    /// 安全管理 (表B.1)
    case safetyManagement = "safety-management"
    /// 文明施工 (表B.2)
    case civilisedConstruction = "civilised-construction"
    /// 脚手架 (表B.3–B.10, mean of those applicable)
    case scaffolding
    /// 基坑工程 (表B.11)
    case excavation
    /// 模板支架 (表B.12)
    case formworkSupport = "formwork-support"
    /// 高处作业 (表B.13)
    case workAtHeight = "work-at-height"
    /// 施工用电 (表B.14)
    case electrical
    /// 物料提升机与施工升降机 (表B.15, B.16, mean of those applicable)
    case hoists
    /// 塔式起重机与起重吊装 (表B.17, B.18, mean of those applicable)
    case cranesAndLifting = "cranes-and-lifting"
    /// 施工机具 (表B.19)
    case machinery

    /// The item's name in the summary table.
    public var chineseName: String {
        switch self {
        case .safetyManagement: "安全管理"
        case .civilisedConstruction: "文明施工"
        case .scaffolding: "脚手架"
        case .excavation: "基坑工程"
        case .formworkSupport: "模板支架"
        case .workAtHeight: "高处作业"
        case .electrical: "施工用电"
        case .hoists: "物料提升机与施工升降机"
        case .cranesAndLifting: "塔式起重机与起重吊装"
        case .machinery: "施工机具"
        }
    }

    /// Full marks of the item in the summary table (B in A1 = B × C / 100).
    public var weight: Double {
        switch self {
        case .civilisedConstruction: 15
        case .machinery: 5
        default: 10
        }
    }

    /// The item a checklist's `spec.summaryItem` names: the token or the Chinese name (spaces ignored).
    public init?(written: String) {
        let text = written.filter { !$0.isWhitespace }
        for item in JGJ59SummaryItem.allCases where item.rawValue == text.lowercased() || item.chineseName == text {
            self = item
            return
        }
        return nil
    }
}
