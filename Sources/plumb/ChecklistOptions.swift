import ArgumentParser
import Plumbline

/// Where checklists come from, shared by `check` and `checklist`: the shipped ones plus `--checklists PATH`.
struct ChecklistOptions: ParsableArguments {
    @Option(name: .customLong("checklists"), help: ArgumentHelp(
        "Add the checklists at PATH (file or folder; e.g. a company's own tables); repeatable.", valueName: "path"))
    var additional: [String] = []

    /// The shipped checklists folder, then the added paths (later ones win for the same id).
    var referencePaths: [String] { (RulesLocator.shippedChecklists().map { [$0] } ?? []) + additional }

    /// Loads the checklists, printing every load error; nil when any is broken (the caller exits 2).
    func loadLibrary() -> ChecklistLibrary? {
        let shipped = ChecklistLibrary(paths: RulesLocator.shippedChecklists().map { [$0] } ?? [])
        let library = shipped.overlaid(by: ChecklistLibrary(paths: additional))
        for error in library.errors { Terminal.error(error.description) }
        return library.errors.isEmpty ? library : nil
    }

    /// The checklist called `name` (an id or alias), or in the file at `name`; prints why not and returns nil.
    func resolve(_ name: String) -> (checklist: Checklist, library: ChecklistLibrary)? {
        guard var library = loadLibrary() else { return nil }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json") || name.contains("/") {
            let file = ChecklistLibrary(paths: [name])
            for error in file.errors { Terminal.error(error.description) }
            guard file.errors.isEmpty, let checklist = file.checklists.first else {
                if file.errors.isEmpty { Terminal.error("\(name): no Checklist record in this file") }
                return nil
            }
            library = library.overlaid(by: file)
            return (checklist, library)
        }
        guard let checklist = library.checklist(named: name) else {
            Terminal.error("no checklist '\(name)'\(Suggestion.hint(for: name, among: library.names)); plumb checklist list shows them")
            return nil
        }
        return (checklist, library)
    }
}
