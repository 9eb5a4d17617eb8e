import ArgumentParser
import Plumbline

/// `plumb checklist template ID [--format yaml|csv]`: a blank InspectionRecord to fill in.
struct ChecklistTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "template", abstract: "Print a blank, fillable InspectionRecord for a checklist (YAML or CSV).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case yaml, csv }

    @Argument(help: "The checklist id (or alias), or a checklist file.")
    var id: String

    @Option(help: "yaml (default) or csv (one row, dotted-path header).")
    var format: Format = .yaml

    @OptionGroup var checklists: ChecklistOptions

    func run() throws {
        guard let (checklist, _) = checklists.resolve(id) else { throw ExitStatus.incomplete }
        let name = checklist.answers(to: id) ? id : checklist.id
        switch format {
        case .yaml: Terminal.write(ChecklistTemplate.yaml(for: checklist, name: name))
        case .csv: Terminal.write(ChecklistTemplate.csv(for: checklist, name: name))
        }
    }
}
