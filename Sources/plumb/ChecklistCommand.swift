import ArgumentParser

/// `plumb checklist list | show ID | template ID | run ID | score RECORD...`: checklists for safety officers.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Safety checklists (检查表): list, show, print a blank record, run one on site, and score inspections by JGJ 59.",
        subcommands: [ChecklistListCommand.self, ChecklistShowCommand.self, ChecklistTemplateCommand.self,
                      ChecklistRunCommand.self, ChecklistScoreCommand.self]
    )
}
