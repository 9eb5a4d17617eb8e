import Foundation

/// Scores are kept to two decimals where they are compared or shown, so 79.999… from floating
/// point arithmetic grades as 80.00, the value a person working by hand writes.
public enum JGJ59Rounding {
    /// `value` rounded half away from zero to two decimals.
    public static func twoDecimals(_ value: Double) -> Double { (value * 100).rounded(.toNearestOrAwayFromZero) / 100 }
}
