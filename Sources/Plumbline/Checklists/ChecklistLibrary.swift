import Foundation
public import PlumbCore
import PlumbLoad

/// The checklists a command can run or resolve: the shipped ones (`rules/checklists/`), any named
/// with `--checklists`, and those submitted with the records being checked.
///
/// Loading validates every file as a record; any error makes a ``ChecklistLoadError`` with the
/// file, line and column, so a broken checklist is never used half-read.
public struct ChecklistLibrary: Sendable {
    /// The Checklist records, in load order.
    public private(set) var records: [Record]
    public private(set) var checklists: [Checklist]
    public private(set) var errors: [ChecklistLoadError]

    /// Loads every YAML, JSON or CSV file under `paths` (files or folders). Missing paths are errors.
    public init(paths: [String]) {
        records = []
        checklists = []
        errors = []
        let walk = FileWalker().files(under: paths)
        for failure in walk.failures {
            errors.append(ChecklistLoadError(location: SourceLocation(file: failure.path), ruleId: "checklist/unreadable", message: failure.reason))
        }
        let reader = SubmissionReader()
        for file in walk.files {
            let outcome: SubmissionReader.FileOutcome
            do {
                outcome = try reader.read(path: file)
            } catch {
                errors.append(ChecklistLoadError(location: SourceLocation(file: file), ruleId: "checklist/unreadable",
                                                 message: "cannot be read (\(error.localizedDescription))"))
                continue
            }
            for finding in outcome.findings where finding.severity == .error {
                errors.append(ChecklistLoadError(location: finding.location, ruleId: finding.ruleId, message: finding.message))
            }
            for record in outcome.records {
                guard record.kind == .checklist else {
                    errors.append(ChecklistLoadError(location: SourceLocation(file: record.file, position: record.position, path: "kind"),
                                                     ruleId: "checklist/not-a-checklist",
                                                     message: "a \(record.kind.rawValue) record among the checklists; only Checklist records belong here"))
                    continue
                }
                add(record)
            }
        }
    }

    /// A library of already-validated records (the checklists submitted with a run).
    public init(records: [Record]) {
        self.records = []
        checklists = []
        errors = []
        for record in records where record.kind == .checklist { add(record) }
    }

    private mutating func add(_ record: Record) {
        guard let checklist = Checklist(record: record) else { return }
        var itemIDs: Set<String> = []
        for (index, item) in checklist.items.enumerated() where !itemIDs.insert(item.id).inserted {
            errors.append(ChecklistLoadError(location: record.location(of: "spec.items[\(index)].id"), ruleId: "checklist/duplicate-item",
                                             message: "item id '\(item.id)' is used twice in checklist '\(checklist.id)'; answers are given by item id"))
        }
        if let earlier = checklists.first(where: { $0.id == checklist.id }) {
            errors.append(ChecklistLoadError(location: record.location(of: "metadata.id"), ruleId: RecordProblem.duplicateID.rawValue,
                                             message: "checklist '\(checklist.id)' is already loaded from \(earlier.file)"))
            return
        }
        records.append(record)
        checklists.append(checklist)
    }

    /// The checklist with this id or alias; checklists loaded later (submitted, `--checklists`) win
    /// over earlier ones (shipped) when merged with ``overlaid(by:)``.
    public func checklist(named name: String) -> Checklist? {
        checklists.first { $0.id == name } ?? checklists.first { $0.aliases.contains(name) }
    }

    /// This library with `other`'s checklists taking precedence over same-named ones here.
    public func overlaid(by other: ChecklistLibrary) -> ChecklistLibrary {
        var merged = other
        for (record, checklist) in zip(records, checklists) where !other.checklists.contains(where: { $0.id == checklist.id }) {
            merged.records.append(record)
            merged.checklists.append(checklist)
        }
        merged.errors = errors + other.errors
        return merged
    }

    /// Records for a ``RecordIndex``: every checklist, and a copy under each alias so `lookup` finds it by either name.
    public var indexRecords: [Record] { records + aliasRecords }

    /// A copy of each checklist under each of its aliases that no checklist has as its id.
    public var aliasRecords: [Record] {
        var result: [Record] = []
        for (record, checklist) in zip(records, checklists) {
            for alias in checklist.aliases where !checklists.contains(where: { $0.id == alias }) {
                result.append(Record(kind: .checklist, id: alias, file: record.file, value: record.value))
            }
        }
        return result
    }

    /// All names a checklist answers to, for "did you mean".
    public var names: [String] { checklists.flatMap { [$0.id] + $0.aliases } }
}
