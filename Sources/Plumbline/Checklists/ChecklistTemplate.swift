public import PlumbCore

/// A blank, fillable InspectionRecord for a checklist (`plumb checklist template`), as YAML or as
/// one CSV row with a dotted-path header (records.md §CSV).
public enum ChecklistTemplate {
    /// YAML with a comment above each item: its title, group, points and what is checked.
    public static func yaml(for checklist: Checklist, name: String? = nil) -> String {
        var lines = [
            "# 检查记录模板：\(checklist.title ?? checklist.id)\(checklist.standard.map { "（\($0)）" } ?? "")",
            "# 每项填写 result：pass 合格 / fail 不合格 / na 不适用。不合格项填写 deduction（扣分，0～该项应得分）、",
            "# note（检查情况）、evidence（照片路径），开具隐患整改单后在 hazard 填写整改单编号。",
            "apiVersion: plumbline/v1",
            "kind: InspectionRecord",
            "metadata:",
            "  id: IR-YYYYMMDD-01            # 检查记录编号",
            "  project:                      # 项目名称",
            "  discipline: \(checklist.discipline ?? "general")",
            "  title: \(YAMLEmitter.scalar(checklist.title ?? checklist.id))",
            "  date:                         # 检查日期 YYYY-MM-DD",
            "  author:                       # 检查人",
            "spec:",
            "  checklist: \(YAMLEmitter.scalar(name ?? checklist.id))",
            "  site:                         # 检查部位",
            "  inspector:",
            "  items:",
        ]
        for item in checklist.items {
            var about = [item.group?.chineseName, item.points.map { "\($0.formatted) 分" }].compactMap { $0 }.joined(separator: "，")
            if !about.isEmpty { about = "（\(about)）" }
            lines.append("    # \(item.id) \(item.title)\(about)")
            if let criteria = item.criteria { lines.append("    #   \(criteria)") }
            lines.append("    - id: \(YAMLEmitter.scalar(item.id))")
            lines.append("      result:")
            if item.points != nil { lines.append("      deduction:") }
            lines.append("      note:")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The header of dotted field paths and one row with the checklist's ids filled in.
    public static func csv(for checklist: Checklist, name: String? = nil) -> String {
        var header = ["kind", "apiVersion", "metadata.id", "metadata.project", "metadata.discipline", "metadata.title",
                      "metadata.date", "metadata.author", "spec.checklist", "spec.site", "spec.inspector"]
        var row = ["InspectionRecord", "plumbline/v1", "", "", checklist.discipline ?? "general", checklist.title ?? checklist.id,
                   "", "", name ?? checklist.id, "", ""]
        for (index, item) in checklist.items.enumerated() {
            let prefix = "spec.items.\(index)."
            header += ["id", "result", "deduction", "note", "evidence", "hazard"].map { prefix + $0 }
            row += [item.id, "", "", "", "", ""]
        }
        return [header, row].map { $0.map(cell).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180: quote a cell holding a comma, a quote or a line break.
    private static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
