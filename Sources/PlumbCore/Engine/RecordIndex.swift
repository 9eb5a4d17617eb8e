/// Every record of a run by kind and id, built once per run for cross-record rules (`lookup`, `records`).
public struct RecordIndex: Sendable {
    private var byKind: [RecordKind: [Record]] = [:]
    private var byKindAndID: [RecordKind: [String: Record]] = [:]
    private var byID: [String: Record] = [:]

    public init(_ records: [Record]) {
        // Filled back to front, so the first record of a repeated id is the one kept, with one hash of each
        // id per table (testing for an earlier record first cost two more, on 100,000 ids).
        byID.reserveCapacity(records.count)
        for record in records {
            byKind[record.kind, default: []].append(record)
        }
        for record in records.reversed() {
            byID[record.id] = record
        }
        for (kind, ofKind) in byKind {
            var table = [String: Record](minimumCapacity: ofKind.count)
            for record in ofKind.reversed() { table[record.id] = record }
            byKindAndID[kind] = table
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
