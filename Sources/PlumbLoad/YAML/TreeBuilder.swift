import CYAML
import PlumbCore

/// Turns libyaml events into ``Value`` trees with an explicit stack of open containers.
///
/// The children of every open container wait on two shared scratch stacks (items, entries); when a
/// container ends, its array is made once at its final size and the scratch space is reused. No
/// array grows by doubling and none keeps spare capacity, which matters when 100,000 records stay in memory.
struct TreeBuilder {
    /// A container being filled.
    private struct Frame {
        var isMapping: Bool
        var position: SourcePosition
        var anchor: String?
        /// Where this container's children start on ``TreeBuilder/scratchItems`` or ``TreeBuilder/scratchEntries``.
        var start: Int
        /// Key waiting for its value (mappings only).
        var pendingKey: (text: String, position: SourcePosition, isMerge: Bool)?
        /// Keys seen so far, once the mapping is large enough for a set to pay off.
        var keySet: Set<String>?
        /// Values of `<<` merge keys, applied when the mapping ends.
        var merges: [Value] = []
        /// Nodes in this container's subtree, for the alias budget.
        var nodeCount = 1
    }

    let limits: ReadLimits
    var output = YAMLReader.Output()
    /// Set when the rest of the stream must not be read (alias bomb).
    private(set) var aborted = false

    private var stack: [Frame] = []
    /// Items of the open lists, innermost last.
    private var scratchItems: [Value] = []
    /// Entries of the open mappings, innermost last.
    private var scratchEntries: [Mapping.Entry] = []
    private var anchors: [String: (value: Value, nodeCount: Int)] = [:]
    private var aliasNodes = 0
    /// While > 0, events are skipped: the document went too deep and is dropped.
    private var skipDepth = 0
    private var documentFailed = false

    init(limits: ReadLimits) {
        self.limits = limits
    }

    mutating func handle(_ event: yaml_event_t) {
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
            anchors.removeAll(keepingCapacity: true)
            documentFailed = false
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = Self.string(scalar.value, scalar.length)
            let anchor = Self.optionalString(scalar.anchor)
            let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
            if scalar.tag == nil, anchor == nil, !isPlain || ScalarResolver.isPlainText(text),
               let top = stack.indices.last, stack[top].isMapping, stack[top].pendingKey == nil {
                // A mapping key that is text whatever the schema (half of all scalars): straight to the
                // pending key, without building a value. Keys such as `0x1F`, `true` or `~` take the full path.
                stack[top].nodeCount += 1
                stack[top].pendingKey = (text, position, isPlain && text == "<<")
                return
            }
            let node = resolve(text, tag: Self.optionalString(scalar.tag), style: scalar.style, at: position)
            add(Value(node, at: position), nodeCount: 1, anchor: anchor, isPlainScalar: isPlain)
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

    // MARK: - Containers

    private mutating func open(isMapping: Bool, anchor: String?, at position: SourcePosition) {
        if stack.count >= limits.maxDepth {
            output.issues.append(LoadIssue(
                .tooDeep, "nesting deeper than \(limits.maxDepth) levels; this document is not read", at: position))
            documentFailed = true
            skipDepth = 1
            return
        }
        if let top = stack.last, top.isMapping, top.pendingKey == nil {
            output.issues.append(LoadIssue(.badKey, "a mapping key must be a scalar, not a \(isMapping ? "mapping" : "list")", at: position))
        }
        stack.append(Frame(isMapping: isMapping, position: position, anchor: anchor,
                           start: isMapping ? scratchEntries.count : scratchItems.count))
    }

    private mutating func close() {
        guard let frame = stack.popLast() else { return }
        let value: Value
        if frame.isMapping {
            applyMerges(frame)
            value = Value(.mapping(Mapping(Self.takeTail(of: &scratchEntries, from: frame.start))), at: frame.position)
        } else {
            value = Value(.list(Self.takeTail(of: &scratchItems, from: frame.start)), at: frame.position)
        }
        add(value, nodeCount: frame.nodeCount, anchor: frame.anchor, isPlainScalar: false)
    }

    /// The elements of `scratch` from `start` on, in a new array of exactly that size; they leave `scratch`.
    ///
    /// (`Array(scratch[start...])` would hand back the scratch buffer itself, spare capacity and all, when
    /// `start` is 0.)
    private static func takeTail<Element>(of scratch: inout [Element], from start: Int) -> [Element] {
        var tail: [Element] = []
        tail.reserveCapacity(scratch.count - start)
        tail.append(contentsOf: scratch[start...])
        scratch.removeSubrange(start...)
        return tail
    }

    /// Drops every open container (the document is abandoned).
    private mutating func removeAllOpen() {
        stack.removeAll()
        scratchItems.removeAll(keepingCapacity: true)
        scratchEntries.removeAll(keepingCapacity: true)
    }

    /// `<<: *base` and `<<: [*a, *b]`: keys written in the mapping win, then earlier sources win.
    private mutating func applyMerges(_ frame: Frame) {
        guard !frame.merges.isEmpty else { return }
        var present = Set(scratchEntries[frame.start...].map(\.key))
        for source in frame.merges {
            let maps = source.listValue?.compactMap(\.mappingValue) ?? source.mappingValue.map { [$0] } ?? []
            for map in maps {
                for entry in map.entries where !present.contains(entry.key) {
                    present.insert(entry.key)
                    scratchEntries.append(entry)
                }
            }
        }
    }

    private mutating func alias(_ name: String, at position: SourcePosition) {
        guard let target = anchors[name] else {
            output.issues.append(LoadIssue(.invalidYAML, "alias *\(name) names no anchor", at: position))
            return
        }
        aliasNodes += target.nodeCount
        if aliasNodes > limits.maxAliasExpansion {
            output.issues.append(LoadIssue(
                .aliasBudget,
                "aliases expand to more than \(limits.maxAliasExpansion) nodes (a \"billion laughs\" file?); the rest of the file is not read",
                at: position))
            aborted = true
            removeAllOpen()
            return
        }
        var value = target.value
        value.position = position
        add(value, nodeCount: target.nodeCount, anchor: nil, isPlainScalar: false)
    }

    /// Puts a finished node into the container on top, or ends the document with it.
    private mutating func add(_ value: Value, nodeCount: Int, anchor: String?, isPlainScalar: Bool) {
        if let anchor { anchors[anchor] = (value, nodeCount) }
        guard !stack.isEmpty else {
            if !documentFailed { output.documents.append(value) }
            return
        }
        let top = stack.count - 1
        stack[top].nodeCount += nodeCount
        guard stack[top].isMapping else {
            scratchItems.append(value)
            return
        }
        guard let key = stack[top].pendingKey else {
            let text: String
            switch value.node {
            case .string(let string): text = string
            case .list, .mapping: text = value.displayText
            default: text = value.displayText
            }
            stack[top].pendingKey = (text, value.position, isPlainScalar && text == "<<")
            return
        }
        stack[top].pendingKey = nil
        if key.isMerge {
            stack[top].merges.append(value)
            return
        }
        if isDuplicate(key.text, inFrame: top) {
            let first = scratchEntries[stack[top].start...].first { Mapping.sameKey($0.key, key.text) }?.keyPosition ?? stack[top].position
            output.issues.append(LoadIssue(
                .duplicateKey, "key '\(key.text)' appears twice in this mapping (first at \(first)); the first is kept",
                at: key.position))
            return
        }
        scratchEntries.append(Mapping.Entry(key: key.text, keyPosition: key.position, value: value))
    }

    private mutating func isDuplicate(_ key: String, inFrame top: Int) -> Bool {
        let entries = scratchEntries[stack[top].start...]
        if stack[top].keySet == nil, entries.count < 24 {
            return entries.contains { Mapping.sameKey($0.key, key) }
        }
        if stack[top].keySet == nil { stack[top].keySet = Set(entries.map(\.key)) }
        // The set finds keys equal as Swift strings; the key is a duplicate only if it is also the same key.
        let (inserted, member) = stack[top].keySet!.insert(key)
        return !inserted && Mapping.sameKey(member, key)
    }

    // MARK: - Scalars

    private mutating func resolve(_ text: String, tag: String?, style: yaml_scalar_style_t, at position: SourcePosition) -> Value.Node {
        if let tag, tag != "!" {
            switch ScalarResolver.resolveTagged(text, tag: tag) {
            case .value(let node): return node
            case .mismatch:
                output.issues.append(LoadIssue(.badType, "'\(text)' does not fit its tag \(tag)", at: position))
                return .string(text)
            case .notCoreTag: break
            }
        }
        return style == YAML_PLAIN_SCALAR_STYLE && tag != "!" ? ScalarResolver.resolvePlain(text) : .string(text)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
