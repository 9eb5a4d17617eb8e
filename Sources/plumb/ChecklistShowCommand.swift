import ArgumentParser
import Plumbline

/// `plumb checklist show ID`: every item with its group, points, criteria and what a failure raises.
struct ChecklistShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a checklist: items, points, criteria, what a failure raises.")

    @Argument(help: "The checklist id (or alias), or a checklist file.")
    var id: String

    @OptionGroup var checklists: ChecklistOptions

    func run() throws {
        guard let (checklist, _) = checklists.resolve(id) else { throw ExitStatus.incomplete }
        var lines = ["\(checklist.id)  \(checklist.title ?? "")"]
        if let standard = checklist.standard { lines.append("  standard:     \(standard)") }
        if let item = checklist.summaryItem { lines.append("  summary item: \(item)") }
        if !checklist.aliases.isEmpty { lines.append("  aliases:      \(checklist.aliases.joined(separator: ", "))") }
        lines.append("  file:         \(checklist.file)")
        if let notes = checklist.notes { lines.append("  notes:        \(notes)") }
        for item in checklist.items {
            let about = [item.group?.chineseName, item.points.map { "\($0.formatted) 分" }].compactMap { $0 }.joined(separator: "，")
            lines.append("")
            lines.append("  \(item.id)  \(item.title)\(about.isEmpty ? "" : "（\(about)）")")
            if let criteria = item.criteria { lines.append("      扣分标准: \(criteria)") }
            if let onFail = item.onFail {
                var raises = "      不合格时: \((onFail.hazardLevel ?? .general).chineseName)"
                if let days = onFail.rectifyWithinDays { raises += "，\(days) 天内整改" }
                if let criterion = onFail.majorCriterion { raises += "，依据 \(criterion)" }
                lines.append(raises)
            }
            if let notes = item.notes { lines.append("      说明: \(notes)") }
        }
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }
}
