/// Every record of a run by kind and id, built once per run for cross-record rules (`lookup`, `records`).
public struct RecordIndex: Sendable {
    private var byKind: [RecordKind: [Record]] = [:]
    private var byKindAndID: [RecordKind: [String: Record]] = [:]
    private var byID: [String: Record] = [:]

    public init(_ records: [Record]) {
        byID.reserveCapacity(records.count)
        for record in records {
            byKind[record.kind, default: []].append(record)
            if byID[record.id] == nil { byID[record.id] = record }
            if byKindAndID[record.kind]?[record.id] == nil {
                byKindAndID[record.kind, default: [:]][record.id] = record
            }
        }
    }

    /// The record of `kind` with `id` (the first, when ids repeat), or nil.
    public func record(_ kind: RecordKind, id: String) -> Record? { byKindAndID[kind]?[id] }

    /// The record with `id`, whatever its kind, or nil.
    public func record(id: String) -> Record? { byID[id] }

    /// All records of `kind`, in input order.
    public func records(_ kind: RecordKind) -> [Record] { byKind[kind] ?? [] }

    public static let empty = RecordIndex([])
}
