/// The static type of an expression, checked when a pack loads.
///
/// Field paths take their type from the record format (spec/records.md), so `spec.parameters.excavationDepth`
/// is a length and comparing it with `5 kN` is a load error, not a silent false.
public indirect enum ExpressionType: Sendable, CustomStringConvertible {
    /// Not known until run time (extension fields, `record`, values of `lookup`); checked then.
    case any
    case null
    case bool
    case number
    case string
    /// Text restricted to the tokens of an enumeration; comparing with an unknown token is a load error.
    case enumeration(EnumerationDomain)
    case date
    case quantity(Dimension)
    case list(ExpressionType)
    /// A mapping with known fields.
    case object(ObjectSchema)
    /// A whole record of one of the kinds (its fields are typed if there is one kind).
    case record([RecordKind])

    /// The type of values of a record field of `fieldType`.
    public init(_ fieldType: FieldType) {
        switch fieldType {
        case .string: self = .string
        case .date: self = .date
        case .integer, .number: self = .number
        case .boolean: self = .bool
        case .quantity(let unit): self = .quantity(unit.dimension)
        case .enumeration(let domain): self = .enumeration(domain)
        case .list(let item): self = .list(ExpressionType(item))
        case .object(let schema): self = .object(schema)
        case .any: self = .any
        }
    }

    public var description: String {
        switch self {
        case .any: "any"
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "text"
        case .enumeration(let domain): "\(domain.name) text"
        case .date: "date"
        case .quantity(let dimension): "\(dimension.rawValue) quantity"
        case .list(let item): "list of \(item)"
        case .object: "mapping"
        case .record(let kinds): kinds.count == 1 ? "\(kinds[0].rawValue) record" : "record"
        }
    }

    /// The broad category, for compatibility checks.
    var category: Category {
        switch self {
        case .any: .any
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string, .enumeration: .string
        case .date: .date
        case .quantity(let dimension): .quantity(dimension)
        case .list: .list
        case .object, .record: .mapping
        }
    }

    enum Category: Equatable {
        case any, null, bool, number, string, date, list, mapping
        case quantity(Dimension)
    }

    var isDynamic: Bool { category == .any }

    /// Whether values of the two types can be compared with `==`, or ordered with `<` when `ordering`.
    func isComparable(with other: ExpressionType, ordering: Bool) -> Bool {
        let (a, b) = (category, other.category)
        if a == .any || b == .any { return true }
        if !ordering, a == .null || b == .null { return true }
        if a != b { return false }
        if ordering { return [.number, .string, .date].contains(a) || { if case .quantity = a { true } else { false } }() }
        return true
    }

    /// The type of a field of values of this type, or nil when there is no such field.
    func member(_ name: String) -> ExpressionType? {
        switch self {
        case .any: return .any
        case .object(let schema):
            if let field = schema.field(name) { return ExpressionType(field.type) }
            return ObjectSchema.isExtensionField(name) ? .any : nil
        case .record(let kinds):
            guard kinds.count == 1 else { return .any }
            return ExpressionType.object(kinds[0].schema).member(name)
        default: return nil
        }
    }
}
