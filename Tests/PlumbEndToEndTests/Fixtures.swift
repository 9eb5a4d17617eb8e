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
        lines += ["spec:", "  level: \(level)", "  description: 力矩限制器失灵", "  status: open"]
        lines += extra.map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
