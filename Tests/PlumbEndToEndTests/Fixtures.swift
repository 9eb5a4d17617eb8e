/// Records the CI tests write into scratch projects.
enum Fixtures {
    /// A valid hazard ticket; `extra` lines are added under `spec:` (two-space indented), `metadata` lines under `metadata:`.
    static func ticket(_ id: String, level: String = "general", metadata: [String] = [], extra: [String] = []) -> String {
        var lines = [
            "apiVersion: plumbline/v1",
            "kind: HazardTicket",
            "metadata:",
            "  id: \(id)",
            "  project: 南湖站",
            "  discipline: lifting",
            "  date: 2026-11-03",
        ]
        lines += metadata.map { "  " + $0 }
        lines += ["spec:", "  level: \(level)", "  description: 力矩限制器失灵", "  status: rectified"]
        lines += extra.map { "  " + $0 }
        // The five fixes (五定), a remediation plan and a rectification within the deadline, after the extra lines so
        // that their line numbers stay put: the shipped dual-prevention pack finds nothing to report on the ticket.
        if !extra.contains(where: { $0.hasPrefix("rectification") }) {
            lines += [
                "  rectification: {measures: 更换力矩限制器并重新标定, owner: 周伟, funds: 3000, deadline: 2026-11-06, contingency: 整改前停止吊装作业, plan: ZL-2026-003}",
                "  rectifiedAt: 2026-11-05",
                "  rectifiedBy: 周伟",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
