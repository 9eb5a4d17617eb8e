/// Why a table scores 0 whatever its other items (JGJ 59-2011 4.0.3 第2款, the 保证项目 rule).
public enum ZeroRule: Sendable, Hashable {
    /// A single guarantee item (保证项目) scored 0.
    case guaranteeItemAtZero(itemID: String)
    /// The guarantee items together scored under the threshold (40 of 60; scaled when some are 不适用).
    case guaranteeSubtotalBelowThreshold(subtotal: Double, threshold: Double)

    /// Stable identifier for JSON.
    public var identifier: String {
        switch self {
        case .guaranteeItemAtZero: "guarantee-item-zero"
        case .guaranteeSubtotalBelowThreshold: "guarantee-subtotal-below-40"
        }
    }

    /// One line for people.
    public var explanation: String {
        switch self {
        case .guaranteeItemAtZero(let item): "保证项目 \(item) 得 0 分，本表计 0 分"
        case .guaranteeSubtotalBelowThreshold(let subtotal, let threshold):
            "保证项目小计 \(subtotal.scoreText) 分，不足 \(threshold.scoreText) 分，本表计 0 分"
        }
    }
}
