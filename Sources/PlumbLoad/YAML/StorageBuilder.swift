import CYAML
import PlumbCore

/// Turns libyaml events into one ``RecordStorage`` per document, with an explicit stack of open containers.
///
/// The children of every open container wait on one scratch stack; when a container ends they are
/// appended side by side to the document's storage and the scratch space is reused. Text goes straight
/// from libyaml's buffer into the storage: a scalar that is text for certain never becomes a `String`.
struct StorageBuilder {
    /// A key waiting for its value: its bytes in the storage's text.
    private struct PendingKey {
        var offset: Int
        var length: Int
        var position: SourcePosition
        var isMerge: Bool
    }

    /// A container being filled.
    private struct Frame {
        var isMapping: Bool
        var position: SourcePosition
        var anchor: String?
        /// Where this container's children start on ``StorageBuilder/scratch``.
        var start: Int
        var pendingKey: PendingKey?
        /// Keys seen so far (as `offset << 16 | length` in the key table), once the mapping is large enough
        /// for a set to pay off.
        var keySet: Set<UInt64>?
        /// Values of `<<` merge keys, applied when the mapping ends.
        var merges: [StoredNode] = []
        /// Nodes in this container's subtree, for the alias budget.
        var nodeCount = 1
    }

    let limits: ReadLimits
    /// Set when the event just handled completed a well-formed document: it is in ``document`` until the
    /// next event, which reuses the storage.
    private(set) var hasDocument = false
    var issues: [LoadIssue] = []
    /// Set when the rest of the stream must not be read (alias bomb).
    private(set) var aborted = false

    /// The working storage the document being read is built in.
    private var storage: RecordStorage

    /// The document just completed (see ``hasDocument``), in the working storage: validate or copy it before
    /// handing the builder its next event.
    var document: RecordStorage { storage }
    /// The keys of every document of the file.
    private let keys = KeyTable()
    private var stack: [Frame] = []
    /// Children of the open containers, innermost last.
    private var scratch: [StoredNode] = []
    private var anchors: [String: (node: StoredNode, nodeCount: Int)] = [:]
    private var aliasNodes = 0
    /// While > 0, events are skipped: the document went too deep and is dropped.
    private var skipDepth = 0
    private var documentFailed = false

    init(limits: ReadLimits) {
        self.limits = limits
        storage = RecordStorage(nodes: 64, textBytes: 1024, keys: keys)
    }

    /// Ends the file: the keys its documents share are sealed.
    func finish() {
        keys.seal()
    }

    mutating func handle(_ event: yaml_event_t) {
        hasDocument = false
        let position = SourcePosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        if skipDepth > 0 {
            switch event.type {
            case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT: skipDepth += 1
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT: skipDepth -= 1
            default: break
            }
            if skipDepth == 0 { removeAllOpen() }
            return
        }
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            startDocument()
        case YAML_SCALAR_EVENT:
            scalar(event, at: position)
        case YAML_SEQUENCE_START_EVENT:
            open(isMapping: false, anchor: Self.optionalString(event.data.sequence_start.anchor), at: position)
        case YAML_MAPPING_START_EVENT:
            open(isMapping: true, anchor: Self.optionalString(event.data.mapping_start.anchor), at: position)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close()
        case YAML_ALIAS_EVENT:
            alias(Self.optionalString(event.data.alias.anchor) ?? "", at: position)
        default:
            break
        }
    }

    /// Empties the working storage: every document is built in the same buffers (warm in the cache, grown
    /// once), and only its finished nodes and text are copied out.
    private mutating func startDocument() {
        anchors.removeAll(keepingCapacity: true)
        documentFailed = false
        storage.removeAll()
    }

    // MARK: - Scalars

    private mutating func scalar(_ event: yaml_event_t, at position: SourcePosition) {
        let scalar = event.data.scalar
        let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.value == nil ? 0 : scalar.length)
        let anchor = Self.optionalString(scalar.anchor)
        let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
        // Text for certain: quoted or block scalars, and plain ones the core schema reads as text (isPlainText).
        let isText = scalar.tag == nil && (!isPlain || ScalarResolver.isPlainText(bytes))
        if isText, anchor == nil, let top = stack.indices.last, stack[top].isMapping, stack[top].pendingKey == nil {
            // A mapping key that is text whatever the schema (half of all scalars): straight to the pending key.
            stack[top].nodeCount += 1
            let isMerge = isPlain && bytes.count == 2 && bytes[0] == UInt8(ascii: "<") && bytes[1] == UInt8(ascii: "<")
            stack[top].pendingKey = key(bytes, at: position, isMerge: isMerge)
            return
        }
        if isText {
            let node = StoredNode(.string, at: position, payload: StoredNode.halves(storage.append(text: bytes), bytes.count))
            add(node, nodeCount: 1, anchor: anchor, isPlainScalar: isPlain)
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let content = resolve(text, tag: Self.optionalString(scalar.tag), style: scalar.style, at: position)
        add(storage.scalarNode(content, at: position)!, nodeCount: 1, anchor: anchor, isPlainScalar: isPlain)
    }

    /// A pending key, written to the file's key table; one longer than a node can carry is cut (at a
    /// character boundary) and reported.
    private mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, at position: SourcePosition, isMerge: Bool) -> PendingKey {
        let length = KeyTable.fittingLength(of: bytes)
        if length < bytes.count {
            issues.append(LoadIssue(.badKey, "a key of \(bytes.count) bytes; keys are read up to \(StoredNode.maxKeyLength) bytes and this one is cut there", at: position))
        }
        let kept = UnsafeBufferPointer(rebasing: bytes[..<length])
        return PendingKey(offset: keys.intern(kept), length: length, position: position, isMerge: isMerge)
    }

    private mutating func resolve(_ text: String, tag: String?, style: yaml_scalar_style_t, at position: SourcePosition) -> Value.Node {
        if let tag, tag != "!" {
            switch ScalarResolver.resolveTagged(text, tag: tag) {
            case .value(let node): return node
            case .mismatch:
                issues.append(LoadIssue(.badType, "'\(text)' does not fit its tag \(tag)", at: position))
                return .string(text)
            case .notCoreTag: break
            }
        }
        return style == YAML_PLAIN_SCALAR_STYLE && tag != "!" ? ScalarResolver.resolvePlain(text) : .string(text)
    }

    // MARK: - Containers

    private mutating func open(isMapping: Bool, anchor: String?, at position: SourcePosition) {
        if stack.count >= limits.maxDepth {
            issues.append(LoadIssue(.tooDeep, "nesting deeper than \(limits.maxDepth) levels; this document is not read", at: position))
            documentFailed = true
            skipDepth = 1
            return
        }
        if let top = stack.last, top.isMapping, top.pendingKey == nil {
            issues.append(LoadIssue(.badKey, "a mapping key must be a scalar, not a \(isMapping ? "mapping" : "list")", at: position))
        }
        stack.append(Frame(isMapping: isMapping, position: position, anchor: anchor, start: scratch.count))
    }

    private mutating func close() {
        guard let frame = stack.popLast() else { return }
        if frame.isMapping { applyMerges(frame) }
        let count = scratch.count - frame.start
        let first = scratch.withUnsafeBufferPointer { storage.append(nodes: UnsafeBufferPointer(rebasing: $0[frame.start...])) }
        scratch.removeSubrange(frame.start...)
        let node = StoredNode(frame.isMapping ? .mapping : .list, at: frame.position, payload: StoredNode.halves(first, count))
        add(node, nodeCount: frame.nodeCount, anchor: frame.anchor, isPlainScalar: false)
    }

    /// Drops every open container (the document is abandoned).
    private mutating func removeAllOpen() {
        stack.removeAll()
        scratch.removeAll(keepingCapacity: true)
    }

    /// `<<: *base` and `<<: [*a, *b]`: keys written in the mapping win, then earlier sources win. The merged
    /// entries are copies, so validation normalises each place on its own.
    private mutating func applyMerges(_ frame: Frame) {
        guard !frame.merges.isEmpty else { return }
        var present = Set(scratch[frame.start...].map { key(of: $0) })
        for source in frame.merges {
            let maps = source.kind == .list ? source.children.map { storage[$0] }.filter { $0.kind == .mapping } : source.kind == .mapping ? [source] : []
            for map in maps {
                for child in map.children where present.insert(key(of: storage[child])).inserted {
                    scratch.append(copy(storage[child]))
                }
            }
        }
    }

    private func key(of node: StoredNode) -> String {
        String(decoding: keys.key(offset: Int(node.keyOffset), length: Int(node.keyLength)), as: UTF8.self)
    }

    /// `node` with its subtree copied (key and position kept), so no two places share nodes.
    private mutating func copy(_ node: StoredNode) -> StoredNode {
        guard node.isContainer else { return node }
        let block = node.children.map { copy(storage[$0]) }
        var copied = node
        copied.payload = StoredNode.halves(storage.append(nodes: block), block.count)
        return copied
    }

    private mutating func alias(_ name: String, at position: SourcePosition) {
        guard let target = anchors[name] else {
            issues.append(LoadIssue(.invalidYAML, "alias *\(name) names no anchor", at: position))
            return
        }
        aliasNodes += target.nodeCount
        if aliasNodes > limits.maxAliasExpansion {
            issues.append(LoadIssue(
                .aliasBudget,
                "aliases expand to more than \(limits.maxAliasExpansion) nodes (a \"billion laughs\" file?); the rest of the file is not read",
                at: position))
            aborted = true
            removeAllOpen()
            return
        }
        // A merge source is copied entry by entry when its mapping ends; anything else is copied here.
        let isMergeSource = stack.last.map { $0.isMapping && $0.pendingKey?.isMerge == true } ?? false
        var node = isMergeSource ? target.node : copy(target.node)
        node.position = position
        add(node, nodeCount: target.nodeCount, anchor: nil, isPlainScalar: false)
    }

    /// Puts a finished node into the container on top, or ends the document with it.
    private mutating func add(_ node: StoredNode, nodeCount: Int, anchor: String?, isPlainScalar: Bool) {
        if let anchor { anchors[anchor] = (node, nodeCount) }
        guard !stack.isEmpty else {
            finishDocument(with: node)
            return
        }
        let top = stack.count - 1
        stack[top].nodeCount += nodeCount
        guard stack[top].isMapping else {
            scratch.append(node)
            return
        }
        guard let pending = stack[top].pendingKey else {
            // The node is a key: a string's own text, or what anything else reads as in a message.
            var text = if case .string(let written)? = storage.scalar(node) { written } else { displayText(of: node) }
            let isMerge = isPlainScalar && text == "<<"
            stack[top].pendingKey = text.withUTF8 { key($0, at: node.position, isMerge: isMerge) }
            return
        }
        stack[top].pendingKey = nil
        if pending.isMerge {
            stack[top].merges.append(node)
            return
        }
        if let first = duplicate(of: pending, inFrame: top) {
            let text = String(decoding: keys.key(offset: pending.offset, length: pending.length), as: UTF8.self)
            issues.append(LoadIssue(
                .duplicateKey, "key '\(text)' appears twice in this mapping (first at \(first)); the first is kept",
                at: pending.position))
            return
        }
        var entry = node
        entry.setKey(offset: pending.offset, length: pending.length, at: pending.position)
        scratch.append(entry)
    }

    /// A key's text for a node that is not a string: as ``Value/displayText`` shows it.
    private func displayText(of node: StoredNode) -> String {
        switch node.kind {
        case .list: Value.listText(count: node.high)
        case .mapping: Value.mappingText(count: node.high)
        default: Value(storage.scalar(node) ?? .null).displayText
        }
    }

    private mutating func finishDocument(with node: StoredNode) {
        guard !documentFailed else { return }
        storage.root = storage.append(node: node)
        hasDocument = true
    }

    /// Where the entry with this key was written, if the open mapping `top` has one already. Keys are
    /// interned per file, so one key is one offset in the key table: entries compare offsets, not bytes.
    private mutating func duplicate(of key: PendingKey, inFrame top: Int) -> SourcePosition? {
        let start = stack[top].start
        let identity = UInt64(key.offset) << 16 | UInt64(key.length)
        if stack[top].keySet == nil, scratch.count - start >= 24 {
            // Large mappings keep a set, so a file with one huge mapping is not read in quadratic time.
            stack[top].keySet = Set(scratch[start...].map { UInt64($0.keyOffset) << 16 | UInt64($0.keyLength) })
        }
        if stack[top].keySet != nil, stack[top].keySet!.insert(identity).inserted { return nil }
        for index in start ..< scratch.count
        where Int(scratch[index].keyOffset) == key.offset && Int(scratch[index].keyLength) == key.length {
            return scratch[index].keyPosition
        }
        return nil
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
