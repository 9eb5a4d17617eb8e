/// The parts of a review opinion findings are grouped under, by rule tag.
public enum ReviewGroup: String, Sendable, Codable, CaseIterable {
    case classification
    case chapters
    case approvals
    case expertReview = "expert-review"
    case attachments
    case monitoring
    /// Record-format problems (`record/...`).
    case format
    case other

    /// The heading in a review opinion.
    public var chineseTitle: String {
        switch self {
        case .classification: "工程分类"
        case .chapters: "方案章节"
        case .approvals: "审批签字"
        case .expertReview: "专家论证"
        case .attachments: "计算书及图纸"
        case .monitoring: "监测"
        case .format: "资料格式"
        case .other: "其他"
        }
    }

    /// The group of a finding, from its rule's tags.
    public static func of(ruleID: String, tags: [String]) -> ReviewGroup {
        if ruleID.hasPrefix("record/") { return .format }
        for group in allCases where tags.contains(group.rawValue) { return group }
        return .other
    }
}
