/// What an expression may read besides its record: pack parameters, the as-of date, every record of the run.
public struct EvaluationContext: Sendable {
    public var record: Record
    /// Parameter values of the rule's pack, overrides applied.
    public var parameters: [String: Value]
    /// `asOf`: the date rules treat as today.
    public var asOf: CalendarDate
    public var index: RecordIndex
    /// For a MethodStatement: its 危大 classification, computed before its rules run (`classification`).
    public var classification: HazardClass?

    public init(record: Record, parameters: [String: Value], asOf: CalendarDate, index: RecordIndex, classification: HazardClass? = nil) {
        self.record = record
        self.parameters = parameters
        self.asOf = asOf
        self.index = index
        self.classification = classification
    }
}

/// Mutable state of one evaluation: bound variables and, with `--explain`, the values read.
///
/// A scope belongs to one evaluation on one thread and its closures never overlap their accesses, so the
/// run-time exclusivity checks Swift would make on every read of these properties (a thread-local look-up
/// each; about 3 % of a full check in `perf`) are switched off for them.
final class EvaluationScope {
    /// The record and what it may read; the rule engine keeps one scope per record and swaps the
    /// parameters from pack to pack (``use(parameters:)``), so a rule costs no set-up of its own.
    @exclusivity(unchecked) private(set) var context: EvaluationContext
    /// Values of the bound variables, by slot (a placeholder where ``variablePlaces`` has the node instead).
    @exclusivity(unchecked) var variables: [Value] = []
    /// Where each variable's value lies in storage, slot by slot with ``variables``.
    @exclusivity(unchecked) var variablePlaces: [VariablePlace] = []
    /// Record field paths read, with their values, in reading order (nil when not explaining).
    @exclusivity(unchecked) var trace: [(path: String, value: Value)]?
    /// The last `lookup()` answered: rules often repeat one look-up inside a loop
    /// (`spec.items.all(i, lookup('Checklist', spec.checklist)…)`), and a record's id is hashed only once.
    @exclusivity(unchecked) var lastLookup: (kind: RecordKind?, id: String, value: Value)?
    /// Values of the pack definitions (`defs.<name>`) read so far for this record.
    @exclusivity(unchecked) var definitionValues: [(definition: ObjectIdentifier, value: Value)] = []

    /// Texts of the record's storage read so far (nil until the first is read): a text is built from its
    /// UTF-8 once per record however many rules read it.
    @exclusivity(unchecked) private var recordTexts: NodeTexts?
    /// Texts of the records reached by `lookup()`, shared by the scopes of one thread's batch.
    let lookupTexts: LookupTexts

    /// The record's storage, held without reference counting: `context` holds the record, which holds it.
    /// Read through ``withRecordStorage(_:)``, which lends it without a retain (an `unowned(unsafe)`
    /// property was still retained into a local at every field read).
    let recordStorage: Unmanaged<RecordStorage>

    /// `body` with the record's storage, lent without reference counting.
    @inline(__always)
    func withRecordStorage<Result>(_ body: (RecordStorage) throws -> Result) rethrows -> Result {
        try recordStorage._withUnsafeGuaranteedRef(body)
    }

    /// The node `index` of `storage` as a value; a text is built once per record (or batch, for others).
    func value(at index: Int, in storage: RecordStorage) -> Value {
        let node = storage[index]
        guard node.kind == .string else { return storage.value(at: index) }
        guard Unmanaged.passUnretained(storage).toOpaque() == recordStorage.toOpaque() else {
            return Value(.string(lookupTexts.text(at: index, in: storage)), at: node.position)
        }
        if recordTexts == nil { recordTexts = NodeTexts(nodeCount: storage.nodeCount) }
        return Value(.string(recordTexts!.text(at: index, in: storage)), at: node.position)
    }

    /// The value of the variable in `slot`: read out of storage when it is bound to a node.
    func variable(_ slot: Int) -> Value {
        let place = variablePlaces[slot]
        guard let storage = place.storage else { return variables[slot] }
        return storage._withUnsafeGuaranteedRef { value(at: place.node, in: $0) }
    }

    /// Makes the scope evaluate with another pack's parameters (same record, same run).
    func use(parameters: [String: Value]) {
        context.parameters = parameters
    }

    /// The record `lookup(kind, id)` names (any kind when `kind` is nil), as a value; null when there is none.
    func lookup(_ kind: RecordKind?, id: String) -> Value {
        if let last = lastLookup, last.kind == kind, last.id == id { return last.value }
        let record = kind.map { context.index.record($0, id: id) } ?? context.index.record(id: id)
        let value = record?.value ?? Value(.null)
        lastLookup = (kind, id, value)
        return value
    }

    init(context: EvaluationContext, explain: Bool, lookupTexts: LookupTexts = LookupTexts()) {
        self.context = context
        self.lookupTexts = lookupTexts
        recordStorage = Unmanaged.passUnretained(context.record.storage)
        self.trace = explain ? [] : nil
    }
}
