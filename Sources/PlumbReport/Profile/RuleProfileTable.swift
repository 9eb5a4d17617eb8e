import Foundation
public import PlumbCore

/// The `plumb check --profile` table: the slowest rules of a run, for rule authors and CI owners.
///
/// ```
/// rule profile: 104 rules evaluated, 2,315,624 evaluations, 4.21 s of rule time (summed over threads, --jobs 2)
///   rule        pack                       evaluations   total ms   µs each   share
///   MS-CH-010   method-statement@1.0.0          16,667      552.4      33.1   13.1%
/// ```
public enum RuleProfileTable {
    /// The table for `timings` (slowest first, as ``RuleTiming/merged(_:)`` gives them), at most `limit` rows.
    public static func render(_ timings: [RuleTiming], jobs: Int, limit: Int = 20) -> String {
        let total = timings.reduce(UInt64(0)) { $0 + $1.nanoseconds }
        let evaluations = timings.reduce(0) { $0 + $1.evaluations }
        let ruleCount = timings.count { $0.ruleId != RuleEngine.classificationTimingID }
        var lines = ["rule profile: \(ruleCount) rules evaluated, \(grouped(evaluations)) evaluations, "
            + "\(fixed(Double(total) / 1e9, 2)) s of rule time (summed over threads, --jobs \(jobs))"]
        guard !timings.isEmpty else { return lines[0] + "\n" }
        let shown = timings.prefix(limit)
        let rows = shown.map { timing -> [String] in
            let milliseconds = Double(timing.nanoseconds) / 1e6
            let each = timing.evaluations == 0 ? 0 : Double(timing.nanoseconds) / 1e3 / Double(timing.evaluations)
            let share = total == 0 ? 0 : Double(timing.nanoseconds) * 100 / Double(total)
            return [timing.ruleId, timing.pack, grouped(timing.evaluations), fixed(milliseconds, 1), fixed(each, 1), fixed(share, 1) + "%"]
        }
        let header = ["rule", "pack", "evaluations", "total ms", "µs each", "share"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let cells = row.indices.map { column in
                let cell = row[column]
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + padding : padding + cell  // names left, figures right
            }
            lines.append("  " + cells.joined(separator: "   "))
        }
        if timings.count > shown.count { lines.append("  … \(timings.count - shown.count) faster rules not shown") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// `value` with `places` decimals.
    static func fixed(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }
}
