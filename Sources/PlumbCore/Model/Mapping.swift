/// An ordered mapping of a record: keys keep their written order and positions.
///
/// Records are small (tens of keys), so look-up is a linear scan; no hashing cost while reading.
public struct Mapping: Sendable, Hashable {
    /// One key and its value.
    public struct Entry: Sendable, Hashable {
        public var key: String
        /// Where the key is written.
        public var keyPosition: SourcePosition
        public var value: Value

        public init(key: String, keyPosition: SourcePosition, value: Value) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    public var count: Int { entries.count }

    public var keys: [String] { entries.map(\.key) }

    public subscript(key: String) -> Value? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, keyPosition: newValue.position, value: newValue))
            }
        }
    }

    /// The entry for a key, with the key's own position.
    public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
}
