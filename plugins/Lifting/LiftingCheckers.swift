public import PlumbCore

/// 起重吊装: the lifting discipline's in-process checkers.
public enum LiftingCheckers {
    public static let plugin = CheckerPlugin(
        id: "lifting", version: PlumbVersion.current, kind: .inProcess, title: "起重吊装及起重机械 (lifting)",
        disciplines: ["lifting"],
        checkers: [CraneVerticalityChecker(), CraneClearanceChecker(), LimiterChecker(), LiftWeightChecker()]
    )
}
