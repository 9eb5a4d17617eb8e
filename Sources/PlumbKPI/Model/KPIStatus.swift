/// One KPI's value against its target.
public struct KPIStatus: Sendable, Codable, Hashable {
    public var kpi: KPIIdentifier
    public var title: String
    /// The value in percent (SPI as a percentage of 1.0; JGJ 59 as its score), or nil for n/a.
    public var value: Double?
    public var target: KPISettings.Target?
    /// Whether the target is met; nil when there is no target or no value.
    public var met: Bool?
    /// Numerator and denominator, where the KPI is a rate.
    public var rate: Rate?
}
