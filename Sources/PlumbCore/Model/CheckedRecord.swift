/// A record a run checked, as reporters list it (JUnit: one test case per record).
public struct CheckedRecord: Sendable, Hashable {
    /// `metadata.id`.
    public var id: String
    public var kind: RecordKind
    /// Where the record starts.
    public var location: SourceLocation

    public init(id: String, kind: RecordKind, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.location = location
    }
}
