/// 评定等级 (JGJ 59-2011 5.0.1): the grade of one inspection round.
public enum JGJ59Grade: String, Sendable, Hashable, CaseIterable, Codable {
    /// 优良: no table scores 0 and the summary is 80 or more.
    case excellent
    /// 合格: no table scores 0 and 70 ≤ summary < 80.
    case pass
    /// 不合格: summary under 70, or any table scores 0.
    case fail

    public var chineseName: String {
        switch self {
        case .excellent: "优良"
        case .pass: "合格"
        case .fail: "不合格"
        }
    }

    /// The grade of a summary score, given whether any table scored 0.
    public init(summary: Double, anyTableZero: Bool) {
        let total = JGJ59Rounding.twoDecimals(summary)
        if anyTableZero || total < 70 {
            self = .fail
        } else if total >= 80 {
            self = .excellent
        } else {
            self = .pass
        }
    }
}
