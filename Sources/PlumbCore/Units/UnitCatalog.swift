/// Every unit Plumbline understands, looked up by symbol or alias (explicit registry).
public enum UnitCatalog {
    /// All known units.
    public static let all: [PhysicalUnit] = [
        .metre, .centimetre, .millimetre, .kilometre,
        .kilonewton, .newton,
        .tonne, .kilogram,
        .kilonewtonPerSquareMetre, .megapascal,
        .kilonewtonPerMetre, .newtonPerMetre,
        .ampere, .milliampere,
        .second, .millisecond, .minute, .hour, .day,
        .volt, .kilovolt,
        .celsius,
        .percent,
    ]

    private static let bySymbol: [String: PhysicalUnit] = {
        var table: [String: PhysicalUnit] = [:]
        for unit in all {
            table[unit.symbol] = unit
            for alias in unit.aliases { table[alias] = unit }
        }
        return table
    }()

    /// The unit written as `symbol` (canonical or alias), or nil.
    public static func unit(_ symbol: String) -> PhysicalUnit? { bySymbol[symbol] }
}
