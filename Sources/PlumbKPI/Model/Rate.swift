/// A percentage with its numerator and denominator kept, so an empty denominator shows as n/a:
/// never a division by zero, never a silent 100 %.
public struct Rate: Sendable, Hashable, Codable {
    public var numerator: Double
    public var denominator: Double

    public init(_ numerator: Double, of denominator: Double) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The percentage, or nil (n/a) when there is nothing to divide by.
    public var percent: Double? { denominator > 0 ? numerator / denominator * 100 : nil }

    /// `95.2%` or `n/a`.
    public var text: String { percent.map(KPIFormat.percent) ?? "n/a" }

    public static func + (lhs: Rate, rhs: Rate) -> Rate { Rate(lhs.numerator + rhs.numerator, of: lhs.denominator + rhs.denominator) }

    private enum CodingKeys: String, CodingKey {
        case numerator, denominator, percent
    }

    /// JSON carries the percentage too (`null` for n/a), so consumers need not divide.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
        try container.encode(percent, forKey: .percent)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        numerator = try container.decode(Double.self, forKey: .numerator)
        denominator = try container.decode(Double.self, forKey: .denominator)
    }
}

/// Number formatting shared by KPI outputs.
public enum KPIFormat {
    /// One decimal, trailing `.0` dropped: `95.2%`, `100%`.
    public static func percent(_ value: Double) -> String { number(value) + "%" }

    public static func number(_ value: Double, decimals: Int = 1) -> String {
        let factor = Double(Array(repeating: 10, count: decimals).reduce(1, *))
        let rounded = (value * factor).rounded() / factor
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
