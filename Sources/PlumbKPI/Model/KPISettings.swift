/// Definitions and targets of the KPIs (rules/kpi/kpi.yaml, overridable per project).
public struct KPISettings: Sendable {
    /// A target: the value must be at least (or at most) `value` percent.
    public struct Target: Sendable, Hashable, Codable {
        public var value: Double
        public var atMost: Bool

        public init(value: Double, atMost: Bool = false) {
            self.value = value
            self.atMost = atMost
        }

        public func isMet(by actual: Double) -> Bool { atMost ? actual <= value : actual >= value }
    }

    public var targets: [KPIIdentifier: Target]
    /// Schedule deviation (planned − actual, percentage points) up to which a task is green.
    public var greenDeviation: Double
    /// Deviation up to which a task is yellow; above it, red.
    public var yellowDeviation: Double
    /// How many recurring findings to list.
    public var topFindings: Int

    public init(targets: [KPIIdentifier: Target], greenDeviation: Double, yellowDeviation: Double, topFindings: Int) {
        self.targets = targets
        self.greenDeviation = greenDeviation
        self.yellowDeviation = yellowDeviation
        self.topFindings = topFindings
    }

    /// Defaults of domain.md §6 (company conventions, configurable).
    public static let standard = KPISettings(
        targets: [.closure: Target(value: 95), .majorClosure: Target(value: 100), .timeliness: Target(value: 90),
                  .archive: Target(value: 100), .jgj59: Target(value: 80), .spi: Target(value: 95)],
        greenDeviation: 5, yellowDeviation: 10, topFindings: 10)

    /// The light for a schedule deviation in percentage points (ahead of plan counts as 0).
    public func light(forDeviation deviation: Double) -> TrafficLight {
        if deviation <= greenDeviation { return .green }
        return deviation <= yellowDeviation ? .yellow : .red
    }
}
