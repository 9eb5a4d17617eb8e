/// One node of a record's flat storage: 32 bytes, no references.
///
/// A record is one array of these and one buffer of UTF-8 text (``RecordStorage``), not a tree of
/// `Value`s: a mapping entry of a tree took 56 bytes plus its array's share and a heap string per long
/// text, and 100,000 records must fit in three times their YAML. A container's children lie side by side
/// (``children``); a mapping's children carry their key as a slice of the file's ``KeyTable``.
package struct StoredNode: Sendable, Equatable, BitwiseCopyable {
    /// What the node holds; the payload's meaning follows from it.
    package enum Kind: UInt8, Sendable, BitwiseCopyable {
        case null, bool, integer, number, string, date, quantity, list, mapping
    }

    package var kind: Kind
    /// A boolean's value, or a quantity's index into ``UnitCatalog/all``.
    package var extra: UInt8
    /// The key's length in bytes (keys are at most ``StoredNode/maxKeyLength`` bytes long).
    package var keyLength: UInt16
    /// The key's first byte in the storage's ``KeyTable`` (children of a mapping only).
    package var keyOffset: UInt32
    package var line: Int32
    package var column: Int32
    package var keyLine: Int32
    package var keyColumn: Int32
    /// Integer or double bits, a day number, or two 32-bit halves: offset and length of a text, first child
    /// and count of a container.
    package var payload: UInt64

    /// The longest key a node can carry.
    package static let maxKeyLength = Int(UInt16.max)

    package init(_ kind: Kind, at position: SourcePosition, payload: UInt64 = 0, extra: UInt8 = 0) {
        self.kind = kind
        self.extra = extra
        keyLength = 0
        keyOffset = 0
        line = position.line
        column = position.column
        keyLine = 0
        keyColumn = 0
        self.payload = payload
    }

    package var position: SourcePosition {
        get { SourcePosition(line: line, column: column) }
        set {
            line = newValue.line
            column = newValue.column
        }
    }

    package var keyPosition: SourcePosition { SourcePosition(line: keyLine, column: keyColumn) }

    /// Gives the node the key at `offset` (`length` bytes of the text), written at `position`.
    package mutating func setKey(offset: Int, length: Int, at position: SourcePosition) {
        keyOffset = UInt32(truncatingIfNeeded: offset)
        keyLength = UInt16(truncatingIfNeeded: length)
        keyLine = position.line
        keyColumn = position.column
    }

    /// The payload's two halves: (offset, length) of a text, (first child, count) of a container.
    package var low: Int { Int(payload & 0xFFFF_FFFF) }
    package var high: Int { Int(payload >> 32) }

    package static func halves(_ low: Int, _ high: Int) -> UInt64 {
        // Offsets and counts within one document: 4 GiB of text or 4 G nodes would not fit, and stop here
        // rather than wrap.
        precondition(UInt(bitPattern: low) <= 0xFFFF_FFFF && UInt(bitPattern: high) <= 0xFFFF_FFFF, "a document too large for record storage")
        return UInt64(low) | UInt64(high) << 32
    }

    package var isContainer: Bool { kind == .list || kind == .mapping }

    /// The children of a container (empty for a scalar).
    package var children: Range<Int> { isContainer ? low ..< low + high : 0 ..< 0 }
}

extension SourcePosition {
    init(line: Int32, column: Int32) {
        self.init(line: Int(line), column: Int(column))
    }
}
