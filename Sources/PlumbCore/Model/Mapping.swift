/// An ordered mapping of a record: keys keep their written order and positions.
///
/// Either a view of a mapping node in a ``RecordStorage`` (what readers produce) or an array of entries
/// (what code builds). Both read alike; changing a view turns it into entries first. Records are small
/// (tens of keys), so look-up is a linear scan; no hashing cost while reading.
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

    private enum Representation: Sendable {
        case entries([Entry])
        case stored(RecordStorage, node: Int)
    }

    private var representation: Representation

    public init(_ entries: [Entry] = []) {
        representation = .entries(entries)
    }

    /// A view of the mapping node `node` of `storage`.
    package init(storage: RecordStorage, node: Int) {
        representation = .stored(storage, node: node)
    }

    /// The storage and node this mapping views, if it is a view.
    package var stored: (storage: RecordStorage, node: Int)? {
        if case .stored(let storage, let node) = representation { (storage, node) } else { nil }
    }

    /// The entries in written order (read out of the storage for a view).
    public var entries: [Entry] {
        get {
            switch representation {
            case .entries(let entries):
                return entries
            case .stored(let storage, let node):
                return storage[node].children.map { Entry(key: storage.key(at: $0), keyPosition: storage[$0].keyPosition, value: storage.value(at: $0)) }
            }
        }
        set { representation = .entries(newValue) }
    }

    public var count: Int {
        switch representation {
        case .entries(let entries): entries.count
        case .stored(let storage, let node): storage[node].high
        }
    }

    public var keys: [String] {
        switch representation {
        case .entries(let entries): entries.map(\.key)
        case .stored(let storage, let node): storage[node].children.map { storage.key(at: $0) }
        }
    }

    public subscript(key: String) -> Value? {
        get {
            switch representation {
            case .entries(let entries):
                return Self.withEntry(key, in: entries) { $0.value }
            case .stored(let storage, let node):
                return storage.child(key, ofMapping: node).map { storage.value(at: $0) }
            }
        }
        set {
            var entries: [Entry]
            if case .entries(let written) = representation {
                entries = written
                representation = .entries([]) // so `entries` is the array's only reference and changes in place
            } else {
                entries = self.entries
            }
            if let index = entries.firstIndex(where: { Self.sameKey($0.key, key) }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, keyPosition: newValue.position, value: newValue))
            }
            representation = .entries(entries)
        }
    }

    /// The entry for a key, with the key's own position.
    public func entry(_ key: String) -> Entry? {
        switch representation {
        case .entries(let entries):
            return Self.withEntry(key, in: entries) { $0 }
        case .stored(let storage, let node):
            return storage.child(key, ofMapping: node).map {
                Entry(key: key, keyPosition: storage[$0].keyPosition, value: storage.value(at: $0))
            }
        }
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
        if let left = lhs.stored, let right = rhs.stored, left.storage === right.storage, left.node == right.node { return true }
        return lhs.entries == rhs.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
    }
}
