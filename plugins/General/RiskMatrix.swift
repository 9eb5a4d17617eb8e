public import PlumbCore

/// The arithmetic of risk grading (domain.md §3): LEC (D = L × E × C) with the factor tables, the LS matrix
/// (R = L × S, each 1–5), and banding a value into 重大 / 较大 / 一般 / 低.
public enum RiskMatrix {
    /// L 可能性: the values the LEC table allows.
    public static let likelihood: [Double] = [10, 6, 3, 1, 0.5, 0.2, 0.1]
    /// E 暴露频率.
    public static let exposure: [Double] = [10, 6, 3, 2, 1, 0.5]
    /// C 后果.
    public static let consequence: [Double] = [100, 40, 15, 7, 3, 1]

    /// Default LEC bands, inclusive lower bounds of major, significant, general: D > 320 重大 (320 itself cannot
    /// arise from the tables), 160–320 较大, 70–160 一般, < 70 低.
    public static let defaultLECBands: [Double] = [320, 160, 70]
    /// Default LS bands (UNCONFIRMED): 20–25 重大, 10–16 较大, 4–9 一般, 1–3 低.
    public static let defaultLSBands: [Double] = [20, 10, 4]

    /// Level tokens from highest to lowest, as RiskAssessment's `level` writes them.
    public static let levels = ["major", "significant", "general", "low"]

    /// D = L × E × C, each factor checked against its table.
    public static func lec(_ l: Double, _ e: Double, _ c: Double) throws(EvaluationError) -> Double {
        try factor(l, "L", likelihood)
        try factor(e, "E", exposure)
        try factor(c, "C", consequence)
        return l * e * c
    }

    /// R = L × S, each a whole number from 1 to 5.
    public static func ls(_ l: Double, _ s: Double) throws(EvaluationError) -> Double {
        for (value, name) in [(l, "L"), (s, "S")] where !(1...5).contains(value) || value != value.rounded() {
            throw EvaluationError("\(name) = \(value.tidy) is not a whole number from 1 to 5 (LS matrix)")
        }
        return l * s
    }

    /// The level token of `value` with `bands`: three descending inclusive lower bounds for major, significant, general.
    public static func level(_ value: Double, bands: [Double]) throws(EvaluationError) -> String {
        guard bands.count == 3, bands[0] > bands[1], bands[1] > bands[2] else {
            throw EvaluationError("risk bands must be three descending lower bounds [major, significant, general], not \(bands.map(\.tidy))")
        }
        for (bound, level) in zip(bands, levels) where value >= bound { return level }
        return "low"
    }

    /// `重大` for `major`, and so on.
    public static func chineseName(_ level: String) -> String {
        ["major": "重大", "significant": "较大", "general": "一般", "low": "低"][level] ?? level
    }

    private static func factor(_ value: Double, _ name: String, _ table: [Double]) throws(EvaluationError) {
        guard table.contains(value) else {
            throw EvaluationError("\(name) = \(value.tidy) is not in the LEC table (\(table.map(\.tidy).joined(separator: ", ")))")
        }
    }
}
