/// One task of a progress report with its deviation and traffic light (进度红黄绿灯).
public struct ScheduleTask: Sendable, Codable, Hashable {
    public var reportID: String
    public var project: String?
    public var period: String?
    public var taskID: String
    public var name: String?
    public var plannedPercent: Double?
    public var actualPercent: Double?
    /// Planned − actual, in percentage points (negative: ahead of plan).
    public var deviation: Double?
    /// Forecast finish − planned finish, in days, when both are given.
    public var delayDays: Int?
    public var light: TrafficLight?
}

/// Earned-value figures of one progress report (挣值).
public struct EarnedValue: Sendable, Codable, Hashable {
    public var reportID: String
    public var project: String?
    public var period: String?
    /// SPI = EV / PV.
    public var spi: Double?
    /// SV = EV − PV, CNY.
    public var sv: Double?
}
