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
        get { withEntry(key) { $0.value } }
        set {
            if let index = entries.firstIndex(where: { Self.sameKey($0.key, key) }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, keyPosition: newValue.position, value: newValue))
            }
        }
    }

    /// The entry for a key, with the key's own position.
    public func entry(_ key: String) -> Entry? { withEntry(key) { $0 } }

    /// What `read` takes from the entry for `key`, or nil. The entries are read through the buffer and by index,
    /// so no entry is copied (retained) just to compare its key: look-ups are the rule engine's hottest path.
    @inline(__always)
    private func withEntry<Result>(_ key: String, _ read: (Entry) -> Result) -> Result? {
        let length = key.utf8.count
        return entries.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].key.utf8.count == length && buffer[index].key == key {
                return read(buffer[index])
            }
            return nil
        }
    }

    /// Whether two keys are the same key: equal text of equal UTF-8 length. Every key comparison of the
    /// project goes through here (look-up, assignment, the reader's duplicate-key check).
    ///
    /// Look-ups compare a name against most keys of a mapping, and Swift's `==` on two different
    /// strings takes a slow path (it allows for Unicode equivalence); unequal lengths rule most out first.
    /// So a key spelt in another Unicode normalisation (é as e + ◌́) is another key, as YAML has it.
    @inline(__always)
    public static func sameKey(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count && first == second
    }
}
