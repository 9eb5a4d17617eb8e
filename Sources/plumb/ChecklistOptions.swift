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
}
