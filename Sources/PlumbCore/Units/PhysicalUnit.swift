/// A unit of measure: its symbol, dimension and factor to the dimension's base unit.
public struct PhysicalUnit: Sendable, Hashable, CustomStringConvertible {
    /// The canonical symbol, e.g. `kN/m²`.
    public let symbol: String
    public let dimension: Dimension
    /// Multiply a value in this unit by `factor` to get the base unit of the dimension.
    public let factor: Double
    /// Other spellings accepted on input (`kN/m2`, `米`).
    public let aliases: [String]

    /// Units are made here only, so every unit is in ``UnitCatalog`` (quantities store its index).
    init(symbol: String, dimension: Dimension, factor: Double, aliases: [String] = []) {
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor
        self.aliases = aliases
    }

    public var description: String { symbol }
}

public extension PhysicalUnit {
    static let metre = PhysicalUnit(symbol: "m", dimension: .length, factor: 1, aliases: ["米"])
    static let centimetre = PhysicalUnit(symbol: "cm", dimension: .length, factor: 0.01, aliases: ["厘米"])
    static let millimetre = PhysicalUnit(symbol: "mm", dimension: .length, factor: 0.001, aliases: ["毫米"])
    static let kilometre = PhysicalUnit(symbol: "km", dimension: .length, factor: 1000, aliases: ["公里", "千米"])

    static let kilonewton = PhysicalUnit(symbol: "kN", dimension: .force, factor: 1, aliases: ["千牛"])
    static let newton = PhysicalUnit(symbol: "N", dimension: .force, factor: 0.001, aliases: ["牛"])

    static let tonne = PhysicalUnit(symbol: "t", dimension: .mass, factor: 1, aliases: ["吨"])
    static let kilogram = PhysicalUnit(symbol: "kg", dimension: .mass, factor: 0.001, aliases: ["千克", "公斤"])

    static let kilonewtonPerSquareMetre = PhysicalUnit(
        symbol: "kN/m²", dimension: .pressure, factor: 1, aliases: ["kN/m2", "kN/m^2", "kPa"])
    static let megapascal = PhysicalUnit(
        symbol: "MPa", dimension: .pressure, factor: 1000, aliases: ["N/mm²", "N/mm2"])

    static let kilonewtonPerMetre = PhysicalUnit(symbol: "kN/m", dimension: .lineLoad, factor: 1)
    static let newtonPerMetre = PhysicalUnit(symbol: "N/m", dimension: .lineLoad, factor: 0.001)

    static let ampere = PhysicalUnit(symbol: "A", dimension: .current, factor: 1, aliases: ["安"])
    static let milliampere = PhysicalUnit(symbol: "mA", dimension: .current, factor: 0.001, aliases: ["毫安"])

    static let second = PhysicalUnit(symbol: "s", dimension: .time, factor: 1, aliases: ["秒"])
    static let millisecond = PhysicalUnit(symbol: "ms", dimension: .time, factor: 0.001, aliases: ["毫秒"])
    static let minute = PhysicalUnit(symbol: "min", dimension: .time, factor: 60, aliases: ["分钟"])
    static let hour = PhysicalUnit(symbol: "h", dimension: .time, factor: 3600, aliases: ["小时"])
    static let day = PhysicalUnit(symbol: "d", dimension: .time, factor: 86400, aliases: ["天", "日"])

    static let volt = PhysicalUnit(symbol: "V", dimension: .voltage, factor: 1, aliases: ["伏"])
    static let kilovolt = PhysicalUnit(symbol: "kV", dimension: .voltage, factor: 1000, aliases: ["千伏"])

    static let celsius = PhysicalUnit(symbol: "°C", dimension: .temperature, factor: 1, aliases: ["℃", "degC"])

    static let percent = PhysicalUnit(symbol: "%", dimension: .ratio, factor: 1)
}
