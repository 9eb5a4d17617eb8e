/// A physical dimension (量纲). Quantities convert within a dimension, never across.
public enum Dimension: String, Sendable, Hashable, CaseIterable, Codable {
    case length
    case force
    case mass
    /// Load per area, stress and pressure: kN/m², kPa, MPa.
    case pressure
    /// Load per length: kN/m.
    case lineLoad
    case current
    case time
    case voltage
    case temperature
    /// A plain ratio: %.
    case ratio

    /// The unit every quantity of this dimension converts through.
    public var baseUnit: PhysicalUnit {
        switch self {
        case .length: .metre
        case .force: .kilonewton
        case .mass: .tonne
        case .pressure: .kilonewtonPerSquareMetre
        case .lineLoad: .kilonewtonPerMetre
        case .current: .ampere
        case .time: .second
        case .voltage: .volt
        case .temperature: .celsius
        case .ratio: .percent
        }
    }

    /// Chinese name for messages.
    public var chineseName: String {
        switch self {
        case .length: "长度"
        case .force: "力"
        case .mass: "质量"
        case .pressure: "面荷载/压强"
        case .lineLoad: "线荷载"
        case .current: "电流"
        case .time: "时间"
        case .voltage: "电压"
        case .temperature: "温度"
        case .ratio: "百分比"
        }
    }
}
