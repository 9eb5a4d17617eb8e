public import PlumbCore

/// A single self-contained HTML page (inline style, no script, nothing fetched): the summary, then
/// each file's findings with their source line, reference and help; waived findings shown as such.
/// Every piece of text from records and rules is escaped.
public struct HTMLReporter: Reporter {
    public static let identifier = "html"

    public init() {}

    public func report(_ result: CheckResult) -> String {
        var html = [
            "<!DOCTYPE html>",
            "<html lang=\"zh\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>Plumbline report \(result.asOf)</title>",
            "<style>\(Self.style)</style>",
            "</head>",
            "<body>",
            "<h1>Plumbline report</h1>",
            "<p class=\"summary\">\(Markup.escape(Wording.summary(result)))</p>",
            "<p class=\"meta\">As of \(result.asOf) · plumb \(Markup.escape(PlumbVersion.current))</p>",
        ]
        let shown = result.shownFindings
        if shown.isEmpty { html.append("<p class=\"clean\">No findings.</p>") }
        var files: [String] = []
        for finding in shown where files.last != finding.location.file { files.append(finding.location.file) }
        for file in files {
            let findings = shown.filter { $0.location.file == file }
            html.append("<section>")
            html.append("<h2>\(Markup.escape(file)) <span class=\"count\">\(Wording.plural(findings.count, "finding"))</span></h2>")
            html.append("<table>")
            html.append("<thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Finding</th></tr></thead>")
            html.append("<tbody>")
            for finding in findings { html.append(row(finding, result: result)) }
            html.append("</tbody>")
            html.append("</table>")
            html.append("</section>")
        }
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private func row(_ finding: Finding, result: CheckResult) -> String {
        let location = finding.location
        let severityClass = finding.isWaived ? "waived" : finding.severity.rawValue
        var body = "<div class=\"message\">\(Markup.escape(finding.message))</div>"
        if let recordId = finding.recordId {
            body += "<div class=\"field\">\(Markup.escape(recordId))\(location.path.map { " · " + Markup.escape($0) } ?? "")</div>"
        }
        if let source = result.sourceLines.line(location.line, in: location.file) {
            body += "<pre class=\"source\"><span class=\"gutter\">\(location.line)</span> \(Markup.escape(source))</pre>"
        }
        if let waiver = finding.waiver {
            body += "<div class=\"waiver\">Waived: \(Markup.escape(waiver.summary))</div>"
        }
        if let reference = finding.reference { body += "<div class=\"reference\">Reference: \(Markup.escape(reference))</div>" }
        if let remediation = finding.remediation { body += "<div class=\"help\">Help: \(Markup.escape(remediation))</div>" }
        return "<tr class=\"\(severityClass)\"><td class=\"line\">\(location.line):\(location.column)</td>"
            + "<td class=\"severity\">\(Markup.escape(Wording.severityLabel(finding)))</td>"
            + "<td><code>\(Markup.escape(finding.ruleId))</code></td><td>\(body)</td></tr>"
    }

    private static let style = """
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2330}\
    h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.05rem;margin:2rem 0 .5rem;font-family:ui-monospace,monospace}\
    .count{color:#6b7280;font-weight:normal;font-family:system-ui,sans-serif;font-size:.9rem}\
    .summary{font-weight:600}.meta{color:#6b7280}.clean{color:#15803d;font-weight:600}\
    table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e5e7eb;padding:.4rem .5rem;text-align:left;vertical-align:top}\
    th{background:#f3f4f6;font-size:.85rem}td.line{font-family:ui-monospace,monospace;white-space:nowrap}\
    tr.error td.severity{color:#b91c1c;font-weight:600}tr.warning td.severity{color:#b45309;font-weight:600}\
    tr.info td.severity{color:#0e7490}tr.waived{color:#6b7280}\
    pre.source{background:#f8fafc;border:1px solid #e5e7eb;padding:.3rem .5rem;margin:.3rem 0;overflow-x:auto}\
    .gutter{color:#9ca3af}.field,.reference,.help,.waiver{font-size:.88rem;color:#4b5563}
    """
}
