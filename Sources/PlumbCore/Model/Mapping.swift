/// An ordered mapping of a record: keys keep their written order and positions.
///
/// A view of a mapping node in a ``RecordStorage`` (what readers produce) or entries built in code; both
/// read alike, and changing a view turns it into entries first. Records are small (tens of keys), so
/// look-up is a linear scan; no hashing cost while reading.
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

    /// A ``RecordStorage`` when ``node`` ≥ 0, else ``BuiltEntries``.
    private var source: ValueSource
    private var node: Int32

    public init(_ entries: [Entry] = []) {
        source = BuiltEntries(entries)
        node = -1
    }

    /// A view of the mapping node `node` of `storage`.
    package init(storage: RecordStorage, node: Int) {
        source = storage
        self.node = Int32(truncatingIfNeeded: node)
    }

    /// The storage and node this mapping views, if it is a view.
    package var stored: (storage: RecordStorage, node: Int)? {
        node >= 0 ? (unsafeDowncast(source, to: RecordStorage.self), Int(node)) : nil
    }

    private var built: [Entry]? {
        node < 0 ? unsafeDowncast(source, to: BuiltEntries.self).entries : nil
    }

    /// The entries in written order (read out of the storage for a view).
    public var entries: [Entry] {
        get {
            if let built { return built }
            let (storage, node) = stored!
            return storage[node].children.map { Entry(key: storage.key(at: $0), keyPosition: storage[$0].keyPosition, value: storage.value(at: $0)) }
        }
        set {
            source = BuiltEntries(newValue)
            node = -1
        }
    }

    public var count: Int {
        if let (storage, node) = stored { return storage[node].high }
        return built!.count
    }

    public var keys: [String] {
        if let (storage, node) = stored { return storage[node].children.map { storage.key(at: $0) } }
        return built!.map(\.key)
    }

    public subscript(key: String) -> Value? {
        get {
            if let (storage, node) = stored {
                guard let child = storage.child(key, ofMapping: node) else { return nil }
                return storage.value(at: child)
            }
            return Self.withEntry(key, in: built!) { $0.value }
        }
        set {
            var entries = self.entries
            if let index = entries.firstIndex(where: { Self.sameKey($0.key, key) }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, keyPosition: newValue.position, value: newValue))
            }
            self.entries = entries
        }
    }

    /// The entry for a key, with the key's own position.
    public func entry(_ key: String) -> Entry? {
        if let (storage, node) = stored {
            guard let child = storage.child(key, ofMapping: node) else { return nil }
            return Entry(key: key, keyPosition: storage[child].keyPosition, value: storage.value(at: child))
        }
        return Self.withEntry(key, in: built!) { $0 }
    }

    /// What `read` takes from the entry for `key`, or nil. The entries are read through the buffer and by index,
    /// so no entry is copied (retained) just to compare its key.
    @inline(__always)
    private static func withEntry<Result>(_ key: String, in entries: [Entry], _ read: (Entry) -> Result) -> Result? {
        let length = key.utf8.count
        return entries.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].key.utf8.count == length && buffer[index].key == key {
                return read(buffer[index])
            }
            return nil
        }
    }

    /// Whether two keys are the same key: equal text of equal UTF-8 length. Every key comparison of
    /// entries goes through here (look-up, assignment, the CSV reader's paths); views compare key bytes.
    ///
    /// Look-ups compare a name against most keys of a mapping, and Swift's `==` on two different
    /// strings takes a slow path (it allows for Unicode equivalence); unequal lengths rule most out first.
    /// So a key spelt in another Unicode normalisation (é as e + ◌́) is another key, as YAML has it.
    @inline(__always)
    public static func sameKey(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count && first == second
    }

    public static func == (lhs: Mapping, rhs: Mapping) -> Bool {
        if lhs.source === rhs.source, lhs.node == rhs.node { return true }
        return lhs.entries == rhs.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
    }
}
