/// One validated submission record: a document of a known kind, its fields normalised.
///
/// A class with constant fields: a run hands the same record to the per-file results, the run's list, the
/// cross-record index (three ways) and the rule batches, and each of those holds a reference (8 bytes, one
/// retain) where a copy of the struct took about 110 bytes and a retain of each of its fields.
public final class Record: Sendable {
    public let kind: RecordKind
    /// `metadata.id`.
    public let id: String
    /// The file it came from, as given on the command line.
    public let file: String
    /// The whole document in flat form, enumerations normalised to tokens, quantities and dates typed.
    public let storage: RecordStorage
    /// `metadata.discipline` token, when given (read once: the engine's rule index asks for it per record).
    public let discipline: String?
    /// `metadata.project`, when given: read from the storage each time (reports and KPIs ask for it, rules
    /// do not; a copy kept per record cost 60-odd bytes for a Chinese project name).
    public var project: String? { storage.rootValue.value(at: "metadata.project")?.stringValue }
    /// Where the record starts.
    public let position: SourcePosition
    /// Whether `metadata.waivers` is written. Kept, like ``position``, from when the record is made (its
    /// storage then in the cache): the run asks both of every record after reading them all, and reaching
    /// 100,000 storages again cost a cache miss each.
    public let hasInlineWaivers: Bool

    /// A record over `storage`, which is its own from now on and never changes again.
    public init(kind: RecordKind, id: String, file: String, storage: RecordStorage) {
        self.kind = kind
        self.id = id
        self.file = file
        self.storage = storage
        let metadata = storage.rootValue["metadata"]
        discipline = metadata?["discipline"]?.stringValue
        hasInlineWaivers = metadata?["waivers"] != nil
        position = storage[storage.root].position
    }

    /// A record holding a copy of `value` (a document built in code, or read for a rule's example).
    public convenience init(kind: RecordKind, id: String, file: String, value: Value) {
        self.init(kind: kind, id: id, file: file, storage: RecordStorage(copying: value))
    }

    /// The whole document, enumerations normalised to tokens, quantities and dates typed.
    public var value: Value { storage.rootValue }

    /// The location of a field of this record (its value node), or of the record when the field is absent.
    public func location(of path: String) -> SourceLocation {
        SourceLocation(file: file, position: value.value(at: path)?.position ?? position, path: path)
    }
}
