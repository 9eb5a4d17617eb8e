import Foundation

/// The printed outcome: one row per corpus size, the scaling ratio, PASS/MISS against each target.
struct ResultTable {
    let results: [SizeResult]
    let jobs: Int
    let runs: Int

    var text: String {
        let mb = SizeResult.mebibyte
        let headers = ["N", "input MiB", "floor s", "read+validate s (1 job)", "x floor", "records/s",
                       "full check s (\(jobs) jobs)", "+ rules s", "x floor", "peak RSS MiB (r+v / check)", "budget MiB", "time", "check", "memory"]
        var rows: [[String]] = []
        for result in results {
            rows.append([
                String(result.records),
                Self.fixed(result.inputBytes / mb, 1),
                Self.fixed(result.floorSeconds, 3),
                Self.fixed(result.readValidateSeconds, 3),
                Self.fixed(result.floorRatio, 2) + "x",
                Self.grouped(Int(result.recordsPerSecond.rounded())),
                Self.fixed(result.checkSeconds, 3),
                result.checkWithRulesSeconds.map { Self.fixed($0, 3) } ?? "-",
                result.checkFloorRatio.map { Self.fixed($0, 2) + "x" } ?? "-",
                Self.fixed(result.readValidatePeak / mb, 1) + " / " + Self.fixed(result.checkPeak / mb, 1),
                Self.fixed(result.memoryBudget / mb, 1),
                Self.verdict(result.meetsTimeTarget),
                result.checkFloorRatio == nil ? "-" : Self.verdict(result.meetsCheckTarget),
                Self.verdict(result.meetsMemoryTarget),
            ])
        }
        var lines = Self.layout([headers] + rows)
        lines.append("")
        lines.append("times are the best of \(runs) runs on bytes already in memory (full check: from disk, whole pipeline); 1 MiB = 2^20 bytes")
        lines.append("each ratio's two passes run in turns in one process: the floor beside read+validate, and again beside the full check with rules")
        lines.append("targets: read+validate <= \(Self.fixed(SizeResult.maxFloorRatio, 1))x floor (time); full check with rules <= \(Self.fixed(SizeResult.maxFloorRatio, 1))x floor (check); "
            + "peak RSS <= 3 x input + 50 MiB; time grows linearly with N")
        for result in results {
            lines.append("n=\(result.records): \(Int(result.measure["files"])) files, \(Int(result.measure["events"])) libyaml events; "
                + "records loaded \(Int(result.measure["rvRecords"])) (read+validate) / \(Int(result.check["checkRecords"])) (full check); "
                + "findings \(Int(result.measure["rvFindings"])) / \(Int(result.check["checkFindings"]))"
                + (result.checkWithRulesSeconds == nil ? "" : " / \(Int(result.check["checkRulesFindings"])) (with \(Int(result.check["rules"])) rules)")
                + (result.isValidData ? "" : "  <-- INVALID DATA: the figures above do not measure a clean load"))
            lines.append("    thread CPU time: floor \(Self.fixed(result.measure["floorCPU"], 3)) s, read+validate \(Self.fixed(result.measure["rvCPU"], 3)) s "
                + "(\(Self.fixed(result.measure["rvCPU"] / result.measure["floorCPU"], 2))x floor); peak RSS above the child's start, per record: "
                + "\(Int(result.readValidateBytesPerRecord)) B (r+v, input held) / \(Int(result.checkBytesPerRecord)) B (check)"
                + (result.checkFloorRatio == nil ? "" : "; full check with rules \(Self.fixed(result.check["checkRulesPaired"], 3)) s against a floor of \(Self.fixed(result.check["checkFloor"], 3)) s"))
        }
        if let scaling = scalingLine { lines.append(scaling) }
        return lines.joined(separator: "\n")
    }

    /// Largest N against smallest: time ratios, held to 0.8–1.2 times the size ratio (8–12 for 100k/10k).
    private var scalingLine: String? {
        guard let small = results.min(by: { $0.records < $1.records }),
              let large = results.max(by: { $0.records < $1.records }), large.records > small.records
        else { return nil }
        let sizeRatio = Double(large.records) / Double(small.records)
        let (low, high) = (0.8 * sizeRatio, 1.2 * sizeRatio)
        let readValidate = large.readValidateSeconds / small.readValidateSeconds
        let floor = large.floorSeconds / small.floorSeconds
        let check = large.checkSeconds / small.checkSeconds
        return "\(large.records)/\(small.records) time ratio: read+validate \(Self.fixed(readValidate, 2)) "
            + "(target \(Self.fixed(low, 0))-\(Self.fixed(high, 0))) \(Self.verdict((low...high).contains(readValidate)))"
            + "; floor \(Self.fixed(floor, 2)); full check \(Self.fixed(check, 2)) \(Self.verdict((low...high).contains(check)))"
    }

    var allTargetsMet: Bool {
        results.allSatisfy { $0.meetsTimeTarget && $0.meetsCheckTarget && $0.meetsMemoryTarget && $0.isValidData }
            && (scalingLine.map { !$0.contains("MISS") } ?? true)
    }

    private static func verdict(_ met: Bool) -> String { met ? "PASS" : "MISS" }

    private static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// 1234567 → 1,234,567.
    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// Right-aligned columns separated by ` | `, with a rule under the header.
    private static func layout(_ table: [[String]]) -> [String] {
        let widths = table[0].indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        let render: ([String]) -> String = { row in
            row.enumerated().map { String(repeating: " ", count: widths[$0.offset] - $0.element.count) + $0.element }
                .joined(separator: " | ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-")
        return [render(table[0]), rule] + table.dropFirst().map(render)
    }
}
