public import PlumbCore

/// 模板支架: the formwork discipline's in-process checkers.
public enum FormworkCheckers {
    public static let plugin = CheckerPlugin(
        id: "formwork", version: PlumbVersion.current, kind: .inProcess, title: "模板及支撑体系 (formwork)",
        disciplines: ["formwork"], checkers: [DesignLoadChecker(), StrippingStrengthChecker()]
    )
}
