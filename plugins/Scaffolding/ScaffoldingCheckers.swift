public import PlumbCore

/// 脚手架: the scaffolding discipline's in-process checkers.
public enum ScaffoldingCheckers {
    public static let plugin = CheckerPlugin(
        id: "scaffolding", version: PlumbVersion.current, kind: .inProcess, title: "脚手架 (scaffolding)",
        disciplines: ["scaffolding"], checkers: [WallTieChecker(), ScissorBracingChecker(), SweepRodChecker()]
    )
}

extension Record {
    /// The scaffold's height: `scaffold.height`, else a plan's spec.parameters.scaffoldHeight, in metres.
    func scaffoldHeight(_ data: Value) -> Double? {
        data["height"]?.amount(in: .metre) ?? value.value(at: "spec.parameters.scaffoldHeight")?.amount(in: .metre)
    }
}
