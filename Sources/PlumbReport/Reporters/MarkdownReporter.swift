public import PlumbCore
import Foundation

/// GitHub-flavoured Markdown for a pull-request or merge-request comment: a headline with the counts,
/// a table of findings (capped, so the comment stays under the services' size limits), waived findings folded away.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"

    /// At most this many findings are listed; the rest are counted.
    public var limit: Int

    public init(limit: Int = 200) {
        self.limit = limit
    }

    public func report(_ result: CheckResult) -> String {
        let errors = result.count(.error)
        let warnings = result.count(.warning)
        let icon = errors > 0 ? "❌" : warnings > 0 ? "⚠️" : "✅"
        var lines = [
            "### \(icon) Plumbline: \(Wording.plural(errors, "error")), \(Wording.plural(warnings, "warning")), \(Wording.plural(result.count(.info), "info"))",
            "",
            cell((["\(Wording.scope(result)) checked as of \(result.asOf)"] + (result.waivedCount > 0 ? ["\(result.waivedCount) waived"] : []) + Wording.notes(result))
                .joined(separator: " · ")) + ".",
        ]
        let shown = result.shownFindings
        let open = shown.filter { !$0.isWaived }
        if !open.isEmpty {
            lines += ["", "| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"]
            for finding in open.prefix(limit) {
                lines.append("| \(Self.badge(finding.severity)) | \(code(place(finding.location))) | \(code(finding.ruleId)) | \(messageCell(finding)) |")
            }
            if open.count > limit { lines += ["", "… and \(open.count - limit) more; see the full report."] }
        }
        let waived = shown.filter(\.isWaived)
        if !waived.isEmpty {
            lines += ["", "<details><summary>\(Wording.plural(waived.count, "waived finding"))</summary>", "",
                      "| Location | Rule | Message | Waiver |", "| --- | --- | --- | --- |"]
            for finding in waived.prefix(limit) {
                lines.append("| \(code(place(finding.location))) | \(code(finding.ruleId)) | \(cell(finding.message)) | \(cell(finding.waiver?.summary ?? "")) |")
            }
            lines += ["", "</details>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func badge(_ severity: Severity) -> String {
        switch severity {
        case .error: "❌ error"
        case .warning: "⚠️ warning"
        case .info: "ℹ️ info"
        }
    }

    private func place(_ location: SourceLocation) -> String { "\(location.file):\(location.line):\(location.column)" }

    private func messageCell(_ finding: Finding) -> String {
        var text = cell(finding.message)
        if let reference = finding.reference { text += "<br><sub>Reference: \(cell(reference))</sub>" }
        return text
    }

    /// Text safe in a table cell: pipes escaped, line breaks as `<br>`, HTML special characters as entities.
    private func cell(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "|": output += "\\|"
            case "\n", "\r\n": output += "<br>"
            case "\r": continue
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            default: output.append(character)
            }
        }
        return output
    }

    /// A code span that survives backticks and pipes inside it.
    private func code(_ text: String) -> String {
        let safe = text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        return safe.contains("`") ? "`` \(safe) ``" : "`\(safe)`"
    }
}
