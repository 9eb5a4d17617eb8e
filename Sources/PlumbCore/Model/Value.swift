/// A node of a record as read from YAML, JSON or CSV, carrying where it was written.
///
/// Readers produce `null`, `bool`, `integer`, `number`, `string`, `list` and `mapping`;
/// record validation turns typed fields into `date` and `quantity` so rules compare real values.
/// What a reader produced lives in a ``RecordStorage``: its lists and mappings are views into it, and
/// reading a field reads the node out (a `Value` is a small copy, never the record's own memory).
public struct Value: Sendable, Hashable {
    /// The kinds of value a record field can hold.
    public enum Node: Sendable, Hashable {
        case null
        case bool(Bool)
        case integer(Int)
        case number(Double)
        case string(String)
        /// An ISO 8601 date (the time of day, if written, is kept in ``CalendarDate``).
        case date(CalendarDate)
        /// A number with a unit, e.g. `6.5 m` (量).
        case quantity(Quantity)
        case list(ValueList)
        case mapping(Mapping)
    }

    public var node: Node
    /// Where the node starts in its file (for a mapping entry: the value, not the key).
    public var position: SourcePosition

    public init(_ node: Node, at position: SourcePosition = .start) {
        self.node = node
        self.position = position
    }
}

public extension Value {
    /// The type name used in messages: `string`, `number`, `list`, ...
    var typeName: String {
        switch node {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .date: "date"
        case .quantity: "quantity"
        case .list: "list"
        case .mapping: "mapping"
        }
    }

    var isNull: Bool { if case .null = node { true } else { false } }

    var stringValue: String? { if case .string(let text) = node { text } else { nil } }

    var boolValue: Bool? { if case .bool(let flag) = node { flag } else { nil } }

    /// Integers and floating-point numbers as a Double.
    var numberValue: Double? {
        switch node {
        case .integer(let whole): Double(whole)
        case .number(let real): real
        default: nil
        }
    }

    /// The items of a list, as an array.
    var listValue: [Value]? { if case .list(let items) = node { Array(items) } else { nil } }

    /// The value with its lists and mappings built in memory instead of viewing a ``RecordStorage``: for
    /// values read over and over (pack parameters), whose texts a view would build again at every read.
    var detached: Value {
        switch node {
        case .list(let items):
            return Value(.list(ValueList(items.map(\.detached))), at: position)
        case .mapping(let map):
            return Value(.mapping(Mapping(map.entries.map { Mapping.Entry(key: $0.key, keyPosition: $0.keyPosition, value: $0.value.detached) })), at: position)
        default:
            return self
        }
    }

    var mappingValue: Mapping? { if case .mapping(let map) = node { map } else { nil } }

    /// The value at a key of a mapping, or nil.
    subscript(key: String) -> Value? { mappingValue?[key] }

    /// The value at a field path: `spec.rectification.deadline`, list items as `spec.items[0].id` (or `.0.`).
    func value(at path: String) -> Value? {
        // Fast path for the common dotted form without list indices: no component array is built.
        let isDotted = !path.utf8.contains(UInt8(ascii: "["))
        if isDotted, !path.isEmpty, case .mapping(let map) = node, let (storage, index) = map.stored {
            return storage.descendant(path, of: index).map { storage.value(at: $0) }
        }
        if isDotted {
            var current = self
            for part in path.utf8.split(separator: UInt8(ascii: ".")) {
                switch current.node {
                case .mapping(let map):
                    guard let next = map[String(Substring(part))] else { return nil }
                    current = next
                case .list(let items):
                    guard let index = Int(Substring(part)), items.indices.contains(index) else { return nil }
                    current = items[index]
                default:
                    return nil
                }
            }
            return current
        }
        var current: Value? = self
        for component in FieldPath.components(path) {
            guard let here = current else { return nil }
            switch (here.node, component) {
            case (.mapping(let map), .key(let key)): current = map[key]
            case (.list(let items), .index(let index)) where items.indices.contains(index): current = items[index]
            default: return nil
            }
        }
        return current
    }

    /// A short rendering of the value for messages (strings unquoted, long text cut).
    var displayText: String {
        switch node {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let whole): return String(whole)
        case .number(let real): return real.formatted
        case .string(let text): return text.count > 60 ? String(text.prefix(57)) + "..." : text
        case .date(let date): return date.description
        case .quantity(let quantity): return quantity.description
        case .list(let items): return Self.listText(count: items.count)
        case .mapping(let map): return Self.mappingText(count: map.count)
        }
    }
}

extension Value {
    /// How ``displayText`` shows a list of `count` items (also for a list in storage not yet read out).
    package static func listText(count: Int) -> String { "[\(count) items]" }

    /// How ``displayText`` shows a mapping of `count` fields.
    package static func mappingText(count: Int) -> String { "{\(count) fields}" }
}

extension Double {
    /// Shortest faithful text: `6.5`, `12` (not `12.0`).
    package var formatted: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}
