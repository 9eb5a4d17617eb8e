/// Typed reading of a rule's checker options, with the checker's defaults for options the rule leaves out.
///
/// Options were validated against the checker's ``Checker/optionsSchema`` when the pack loaded, so a
/// present option has its declared type; quantities arrive converted (`"150 mm"` → a length).
public struct CheckerOptions: Sendable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }

    /// A number option, or `fallback`.
    public func number(_ key: String, default fallback: Double) -> Double {
        value[key]?.numberValue ?? fallback
    }

    /// A whole-number option, or `fallback`.
    public func integer(_ key: String, default fallback: Int) -> Int {
        value[key]?.numberValue.map { Int($0) } ?? fallback
    }

    /// A quantity option in `unit`, or `fallback` (already in `unit`).
    public func quantity(_ key: String, in unit: PhysicalUnit, default fallback: Double) -> Double {
        value[key]?.amount(in: unit) ?? fallback
    }

    /// A boolean option, or `fallback`.
    public func bool(_ key: String, default fallback: Bool) -> Bool {
        value[key]?.boolValue ?? fallback
    }

    /// A list-of-text option, or `fallback`.
    public func strings(_ key: String, default fallback: [String]) -> [String] {
        value[key]?.listValue.map { $0.compactMap(\.stringValue) } ?? fallback
    }

    /// A list-of-numbers option, or `fallback`.
    public func numbers(_ key: String, default fallback: [Double]) -> [Double] {
        value[key]?.listValue.map { $0.compactMap(\.numberValue) } ?? fallback
    }
}
