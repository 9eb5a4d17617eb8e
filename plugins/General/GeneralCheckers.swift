public import PlumbCore

/// 综合: risk grading (双重预防机制) — the `general.risk-grading` checker and the expression functions
/// `lec`, `lsRisk` and `riskLevel`.
public enum GeneralCheckers {
    public static let plugin = CheckerPlugin(
        id: "general", version: PlumbVersion.current, kind: .inProcess, title: "综合：风险分级 (general)",
        disciplines: ["general"], checkers: [RiskGradingChecker()]
    )
}
