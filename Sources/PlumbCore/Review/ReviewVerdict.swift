/// The outcome of reviewing a method statement (审查结论).
public enum ReviewVerdict: String, Sendable, Codable, CaseIterable {
    /// No error: the plan may be approved (同意实施).
    case approve
    /// Errors to correct: revise and resubmit (修改后重新报审).
    case revise
    /// Expert panel said 不通过, or a 超危大 plan lacks an expert review (不予通过).
    case reject

    public var chineseName: String {
        switch self {
        case .approve: "同意实施"
        case .revise: "修改完善后重新报审"
        case .reject: "不予通过"
        }
    }
}
