public import PlumbCore

/// 基坑工程: the excavation discipline's in-process checkers.
public enum ExcavationCheckers {
    public static let plugin = CheckerPlugin(
        id: "excavation", version: PlumbVersion.current, kind: .inProcess, title: "基坑工程 (excavation)",
        disciplines: ["excavation"], checkers: [SurchargeChecker(), MonitoringChecker()]
    )
}
