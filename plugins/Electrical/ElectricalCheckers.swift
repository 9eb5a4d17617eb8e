public import PlumbCore

/// 施工用电: the temporary-power discipline's in-process checkers (JGJ 46-2005).
public enum ElectricalCheckers {
    public static let plugin = CheckerPlugin(
        id: "electrical", version: PlumbVersion.current, kind: .inProcess, title: "施工用电 (electrical)",
        disciplines: ["electrical"],
        checkers: [PowerSystemChecker(), ResidualCurrentChecker(), BoxLayoutChecker(), LightingVoltageChecker()]
    )
}
