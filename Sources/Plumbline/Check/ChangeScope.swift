import Foundation
import PlumbCore

/// The part of a run `--changed-since` reports on: the records in changed files, and the records
/// they reference (`spec.source`, `spec.checklist`, `spec.items[].hazard`, `spec.documents[].ref`).
struct ChangeScope {
    /// The fields whose values are ids of other records.
    static let referenceFields = ["spec.source", "spec.checklist", "spec.items[].hazard", "spec.documents[].ref"]

    let recordIDs: Set<String>
    /// Changed files (as walked) and the files of referenced records.
    let files: Set<String>
    /// The records in scope, in input order.
    let records: [Record]

    init(changes: ChangeSet, files walked: [String], records all: [Record]) {
        let changedFiles = Set(walked.filter { changes.contains($0) })
        var ids = Set(all.filter { changedFiles.contains($0.file) }.map(\.id))
        for record in all where changedFiles.contains(record.file) {
            ids.formUnion(Self.references(of: record))
        }
        let scoped = all.filter { ids.contains($0.id) }
        recordIDs = ids
        records = scoped
        files = changedFiles.union(scoped.map(\.file))
    }

    /// Ids `record` refers to.
    static func references(of record: Record) -> [String] {
        var ids: [String] = []
        for field in referenceFields {
            let parts = field.components(separatedBy: "[].")
            if parts.count == 2 {
                for item in record.value.value(at: parts[0])?.listValue ?? [] {
                    if let id = item.value(at: parts[1])?.stringValue { ids.append(id) }
                }
            } else if let id = record.value.value(at: field)?.stringValue {
                ids.append(id)
            }
        }
        return ids
    }

    /// Whether a finding is about a record or a changed file in scope.
    func contains(_ finding: Finding) -> Bool {
        if let id = finding.recordId { return recordIDs.contains(id) }
        return files.contains(finding.location.file)
    }

    /// Whether a waiver is about something in scope (only those are reported as expired or unused).
    func covers(_ waiver: Waiver, root: String) -> Bool {
        switch waiver.origin {
        case .record(let id, _):
            return recordIDs.contains(id)
        case .waiversFile:
            if let record = waiver.record, !recordIDs.contains(where: record.matches) { return false }
            if let path = waiver.path, !files.contains(where: { path.matches(ProjectPath.relative($0, to: root) ?? $0) }) { return false }
            return true
        }
    }
}
