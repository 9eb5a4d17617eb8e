import ArgumentParser
import Plumbline

/// `plumb checklist list`: one line a checklist.
struct ChecklistListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the shipped checklists and any added with --checklists.")

    @OptionGroup var checklists: ChecklistOptions

    func run() throws {
        guard let library = checklists.loadLibrary() else { throw ExitStatus.incomplete }
        let width = library.checklists.map(\.id.count).max() ?? 0
        var lines = library.checklists.map { checklist in
            let scored = checklist.isScored ? "scored" : "      "
            let padding = String(repeating: " ", count: width - checklist.id.count)
            return "\(checklist.id)\(padding)  \(scored)  \(checklist.items.count) items  \(checklist.title ?? "")  \(checklist.standard ?? "")"
        }
        lines.append("\(library.checklists.count) checklists")
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }
}
