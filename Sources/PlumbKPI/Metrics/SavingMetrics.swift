public import PlumbCore

/// Optimisation saving rate over method statements: Σ(baseline − optimised) / Σ baseline.
public enum SavingMetrics {
    public static func rate(_ statements: [Record]) -> Rate {
        var rate = Rate(0, of: 0)
        for statement in statements where statement.kind == .methodStatement {
            guard let baseline = statement.number("spec.optimization.baselineCost"), baseline > 0,
                  let optimised = statement.number("spec.optimization.optimizedCost") else { continue }
            rate = rate + Rate(baseline - optimised, of: baseline)
        }
        return rate
    }
}
