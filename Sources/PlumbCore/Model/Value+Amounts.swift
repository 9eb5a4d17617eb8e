public extension Value {
    /// The value as an amount in `unit`: a quantity converted within its dimension, or a bare number taken
    /// as already in `unit`; nil for anything else (including a quantity of another dimension).
    func amount(in unit: PhysicalUnit) -> Double? {
        switch node {
        case .quantity(let quantity): quantity.amount(in: unit)
        case .integer, .number: numberValue
        default: nil
        }
    }
}

public extension Value {
    /// The items of the list at `path` under this value, each with its own path (`base[0]`, `base[1]`, ...);
    /// empty when there is no list there.
    func items(at path: String, base: String) -> [(value: Value, path: String)] {
        guard let list = value(at: path)?.listValue else { return [] }
        return list.enumerated().map { ($0.element, FieldPath.appending(index: $0.offset, to: FieldPath.appending(path, to: base))) }
    }
}

extension Double {
    /// Shortest text after rounding to 6 decimal places, so converted amounts read as written
    /// (0.25 m in mm prints `250`, not `249.99999999999997`).
    package var tidy: String { ((self * 1_000_000).rounded() / 1_000_000).formatted }
}
