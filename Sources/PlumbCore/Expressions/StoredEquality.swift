import Foundation

/// Equality decided on record storage: `i.result == 'na'`, `c.id != i.id`.
///
/// Rules compare fields with words and with each other millions of times (every checklist item against
/// every answered item); building both sides as ``Value``s cost two texts' reference counting per
/// comparison. Texts in storage are compared as bytes instead, with the answer Swift's `==` gives: equal
/// bytes are equal texts; texts whose characters canonical equivalence leaves alone (ASCII, CJK ideographs,
/// CJK and fullwidth punctuation: what records are written in) differ when their bytes differ; any other
/// pair is compared as strings.
enum StoredEquality {
    /// Whether two places hold equal values, as ``ValueOperations/equals(_:_:)`` decides.
    static func equals(_ first: FieldChain.Place, _ second: FieldChain.Place) -> Bool {
        switch (first, second) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.stored(let storage, let node), .stored(let other, let otherNode)):
            // Lent without reference counting: the places' owners hold both storages.
            return storage._withUnsafeGuaranteedRef { first in other._withUnsafeGuaranteedRef { equals(first, node, $0, otherNode) } }
        case (.stored(let storage, let node), .built(let value)), (.built(let value), .stored(let storage, let node)):
            return storage._withUnsafeGuaranteedRef { equals($0, node, value) }
        case (.built(let value), .built(let other)):
            return ValueOperations.equals(value, other)
        }
    }

    /// The node `node` of `storage` against a value.
    static func equals(_ storage: RecordStorage, _ node: Int, _ value: Value) -> Bool {
        guard storage[node].kind == .string, case .string(let text) = value.node else {
            return ValueOperations.equals(storage.value(at: node), value)
        }
        return text.utf8.withContiguousStorageIfAvailable { sameText(storage.bytes(of: node), $0) } ?? (storage.string(at: node) == text)
    }

    /// Two nodes, of one storage or two.
    static func equals(_ storage: RecordStorage, _ node: Int, _ other: RecordStorage, _ otherNode: Int) -> Bool {
        guard storage[node].kind == .string, other[otherNode].kind == .string else {
            return ValueOperations.equals(storage.value(at: node), other.value(at: otherNode))
        }
        return sameText(storage.bytes(of: node), other.bytes(of: otherNode))
    }

    /// Whether two UTF-8 texts are equal as Swift's `String ==` decides (canonical equivalence).
    static func sameText(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        if UTF8Bytes.equal(first, second) { return true }
        if isOwnCanonicalForm(first), isOwnCanonicalForm(second) { return false }
        return String(decoding: first, as: UTF8.self) == String(decoding: second, as: UTF8.self)
    }

    /// Whether every character of `text` is one canonical equivalence never changes, decomposes or
    /// combines with a neighbour: ASCII, CJK ideographs (U+4E00–U+9FFF), CJK symbols and punctuation
    /// (U+3000–U+303F but the tone marks U+302A–U+302F), fullwidth and halfwidth forms (U+FF00–U+FFEF),
    /// dashes and quotation marks (U+2010–U+2027). Two such texts are equal only when their bytes are.
    static func isOwnCanonicalForm(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = text.count
        while index < count {
            let lead = text[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard lead & 0xF0 == 0xE0, index + 2 < count, text[index + 1] & 0xC0 == 0x80, text[index + 2] & 0xC0 == 0x80 else { return false }
            let scalar = UInt32(lead & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F)
            // Plain comparisons: range patterns in a `switch` went through a generic `~=` per byte.
            let isOwnForm = (scalar >= 0x4E00 && scalar <= 0x9FFF) || (scalar >= 0x3000 && scalar <= 0x303F && !(scalar >= 0x302A && scalar <= 0x302F))
                || (scalar >= 0xFF00 && scalar <= 0xFFEF) || (scalar >= 0x2010 && scalar <= 0x2027)
            guard isOwnForm else { return false }
            index += 3
        }
        return true
    }
}
