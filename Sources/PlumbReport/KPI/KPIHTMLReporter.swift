public import PlumbKPI

/// `plumb kpi --format html:FILE`: one self-contained page in Chinese (no scripts, no network), printable
/// as a monthly technical bulletin (月度技术简报): tiles, traffic lights, trend charts, overdue hazards,
/// recurring findings.
public struct KPIHTMLReporter: Sendable {
    /// The page title, e.g. the company or project name.
    public var title: String

    public init(title: String = "工程技术管理 KPI 月度技术简报") {
        self.title = title
    }

    public func report(_ report: KPIReport) -> String {
        let e = HTMLText.escape
        var body: [String] = []
        body.append("<header><h1>\(e(title))</h1><p class=\"meta\">统计截至 \(e(report.asOf)) · \(report.overall.recordCount) 条记录</p></header>")

        body.append("<section id=\"summary\"><h2>核心指标</h2><div class=\"tiles\">")
        for status in report.overall.statuses {
            let value = status.value.map { status.kpi == .jgj59 ? KPIFormat.number($0) : KPIFormat.percent($0) } ?? "n/a"
            let state = status.met.map { $0 ? "met" : "missed" } ?? "none"
            let target = status.target.map { "目标 \($0.atMost ? "≤" : "≥") \(KPIFormat.number($0.value))" } ?? "无目标"
            let fraction = status.rate.map { "\(KPIFormat.number($0.numerator)) / \(KPIFormat.number($0.denominator))" } ?? ""
            body.append("<div class=\"tile \(state)\"><div class=\"name\">\(e(status.title))</div><div class=\"value\">\(e(value))</div>"
                + "<div class=\"sub\">\(e(fraction)) \(e(target)) · \(state == "met" ? "达标" : state == "missed" ? "未达标" : "—")</div></div>")
        }
        body.append("</div></section>")

        body.append("<section id=\"schedule\"><h2>进度红黄绿灯</h2>")
        if report.overall.tasks.isEmpty {
            body.append("<p class=\"empty\">无进度报告 (n/a)</p>")
        } else {
            body.append("<table><thead><tr><th>灯</th><th>项目</th><th>报告</th><th>任务</th><th>计划%</th><th>实际%</th><th>偏差</th><th>延误(天)</th></tr></thead><tbody>")
            for task in report.overall.tasks {
                let light = task.light ?? .green
                body.append("<tr class=\"\(light.rawValue)\"><td><span class=\"light \(light.rawValue)\"></span>\(e(light.chineseName))</td>"
                    + "<td>\(e(task.project ?? "—"))</td><td>\(e(task.reportID))</td><td>\(e(task.taskID)) \(e(task.name ?? ""))</td>"
                    + "<td>\(task.plannedPercent.map { KPIFormat.number($0) } ?? "—")</td><td>\(task.actualPercent.map { KPIFormat.number($0) } ?? "—")</td>"
                    + "<td>\(task.deviation.map { KPIFormat.number($0) } ?? "—")</td><td>\(task.delayDays.map(String.init) ?? "—")</td></tr>")
            }
            body.append("</tbody></table>")
        }
        body.append("</section>")

        body.append("<section id=\"trend\"><h2>趋势</h2><div class=\"charts\">")
        for kpi in [KPIIdentifier.closure, .jgj59] {
            let series = report.trend.filter { $0.kpi == kpi }
            let chart = SVGLineChart(title: kpi.chineseName + "（按月）", series: series.isEmpty ? [TrendSeries(kpi: kpi, project: "—", points: [])] : series)
            body.append("<figure>\(chart.render())</figure>")
        }
        body.append("</div></section>")

        body.append("<section id=\"overdue\"><h2>超期未整改隐患</h2>")
        if report.overall.hazards.overdue.isEmpty {
            body.append("<p class=\"empty\">无超期隐患</p>")
        } else {
            body.append("<table><thead><tr><th>整改单</th><th>项目</th><th>等级</th><th>隐患</th><th>责任人</th><th>期限</th><th>超期(天)</th></tr></thead><tbody>")
            for hazard in report.overall.hazards.overdue {
                body.append("<tr class=\"\(hazard.level == "major" ? "red" : "yellow")\"><td>\(e(hazard.ticketID))</td><td>\(e(hazard.project ?? "—"))</td>"
                    + "<td>\(hazard.level == "major" ? "重大" : "一般")</td><td>\(e(hazard.description ?? ""))</td><td>\(e(hazard.owner ?? "—"))</td>"
                    + "<td>\(e(hazard.deadline))</td><td>\(hazard.daysOverdue)</td></tr>")
            }
            body.append("</tbody></table>")
        }
        body.append("</section>")

        body.append("<section id=\"archive\"><h2>资料归档</h2>")
        if report.overall.archives.isEmpty {
            body.append("<p class=\"empty\">无归档清单 (n/a)</p>")
        } else {
            body.append("<table><thead><tr><th>清单</th><th>项目</th><th>完整度</th><th>缺项</th></tr></thead><tbody>")
            for archive in report.overall.archives {
                body.append("<tr><td>\(e(archive.manifestID))</td><td>\(e(archive.project ?? "—"))</td><td>\(e(archive.completeness.text))</td><td>\(e(archive.missing.joined(separator: "、")))</td></tr>")
            }
            body.append("</tbody></table>")
        }
        body.append("</section>")

        body.append("<section id=\"findings\"><h2>常见问题（高频审查发现）</h2>")
        if report.topFindings.isEmpty {
            body.append("<p class=\"empty\">无审查发现</p>")
        } else {
            body.append("<table><thead><tr><th>规则</th><th>次数</th><th>项目</th><th>示例</th></tr></thead><tbody>")
            for item in report.topFindings {
                body.append("<tr><td>\(e(item.ruleID))</td><td>\(item.count)</td><td>\(e(item.projects.joined(separator: "、")))</td><td>\(e(item.example))</td></tr>")
            }
            body.append("</tbody></table>")
        }
        body.append("</section>")
        body.append("<footer>由 Plumbline 生成 · 指标定义见 docs/kpi.md</footer>")

        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title)) \(e(report.asOf))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    static let style = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;color:#1f2328;}
    h1{font-size:22px;margin:0}h2{font-size:17px;border-bottom:2px solid #d0d7de;padding-bottom:4px;margin-top:28px}
    .meta{color:#57606a;margin:4px 0 0}
    .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px}
    .tile{border:1px solid #d0d7de;border-radius:8px;padding:10px;border-left:6px solid #8c959f}
    .tile.met{border-left-color:#2da44e}.tile.missed{border-left-color:#cf222e}
    .tile .name{font-size:13px;color:#57606a}.tile .value{font-size:26px;font-weight:600}.tile .sub{font-size:12px;color:#57606a}
    table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left}
    th{background:#f6f8fa}tr.red td{background:#ffebe9}tr.yellow td{background:#fff8c5}
    .light{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
    .light.green{background:#2da44e}.light.yellow{background:#d4a72c}.light.red{background:#cf222e}
    .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:12px}figure{margin:0}
    .chart{width:100%;height:auto;border:1px solid #d0d7de;border-radius:8px}
    .chart .grid{stroke:#eaeef2}.chart .axis{font-size:11px;fill:#57606a}.chart .chart-title{font-size:13px;fill:#1f2328}.chart .legend{font-size:11px}
    .empty{color:#57606a}footer{margin-top:32px;font-size:12px;color:#57606a}
    @media print{body{margin:10mm}section{break-inside:avoid}.tiles{grid-template-columns:repeat(4,1fr)}}
    """
}
