public import PlumbCore

/// 混凝土: the concrete discipline's in-process checkers.
public enum ConcreteCheckers {
    public static let plugin = CheckerPlugin(
        id: "concrete", version: PlumbVersion.current, kind: .inProcess, title: "混凝土工程 (concrete)",
        disciplines: ["concrete"], checkers: [CuringChecker(), SpecimenSamplingChecker()]
    )
}
