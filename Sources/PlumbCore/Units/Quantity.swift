/// A measured amount with its unit (量), e.g. `6.5 m` or `12 kN/m²`.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// The amount in ``unit``.
    public var amount: Double
    /// The unit's place in ``UnitCatalog/all`` (one byte, as record storage keeps it).
    package private(set) var unitIndex: UInt8
    public var unit: PhysicalUnit {
        get { UnitCatalog.all[Int(unitIndex)] }
        set { unitIndex = UInt8(UnitCatalog.all.firstIndex(of: newValue)!) }
    }

    public init(_ amount: Double, _ unit: PhysicalUnit) {
        self.amount = amount
        self.unitIndex = UInt8(UnitCatalog.all.firstIndex(of: unit)!)
    }

    /// A quantity whose unit is `UnitCatalog.all[unitIndex]` (as record storage keeps it).
    package init(_ amount: Double, unitIndex: UInt8) {
        self.amount = amount
        self.unitIndex = unitIndex
    }

    public var dimension: Dimension { unit.dimension }

    /// The amount in the dimension's base unit.
    public var baseAmount: Double { amount * unit.factor }

    /// The amount converted to `other`, or nil when the dimensions differ (never a silent guess).
    public func amount(in other: PhysicalUnit) -> Double? {
        guard other.dimension == unit.dimension else { return nil }
        return baseAmount / other.factor
    }

    public var description: String {
        unit == .percent ? "\(amount.formatted)%" : "\(amount.formatted) \(unit.symbol)"
    }

    /// Reasons a text is not a quantity.
    public enum ParseError: Error, Equatable, Sendable {
        /// No number at the start.
        case notANumber
        /// A number followed by a unit that is not in ``UnitCatalog``.
        case unknownUnit(String)
    }

    /// Parses `"6.5 m"`, `"650cm"`, `"12 kN/m2"`, `"30%"`. A bare number takes `defaultUnit`.
    public static func parse(_ text: String, defaultUnit: PhysicalUnit) -> Result<Quantity, ParseError> {
        let trimmed = text.trimmingWhitespace
        let numberCharacters: Set<Character> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "-", "+", "e", "E"]
        let numberEnd = trimmed.firstIndex { !numberCharacters.contains($0) } ?? trimmed.endIndex
        guard let amount = Double(trimmed[..<numberEnd]), amount.isFinite else { return .failure(.notANumber) }
        let symbol = String(trimmed[numberEnd...]).trimmingWhitespace
        if symbol.isEmpty { return .success(Quantity(amount, defaultUnit)) }
        guard let unit = UnitCatalog.unit(symbol) else { return .failure(.unknownUnit(symbol)) }
        return .success(Quantity(amount, unit))
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    package var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
