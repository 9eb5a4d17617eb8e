/// The type a record field must have, as the record format (spec/records.md) defines it.
public indirect enum FieldType: Sendable {
    /// Text. Numbers are not silently turned into text (a leading zero would be lost): quote them.
    case string
    /// An ISO 8601 date or date-time (``CalendarDate``).
    case date
    /// A whole number.
    case integer
    /// Any number.
    case number
    /// `true` or `false` (YAML 1.2: `yes`/`no`/`on` are text, not booleans).
    case boolean
    /// A number in `unit`, or a text `"<number> <unit>"` in a unit of the same dimension.
    case quantity(PhysicalUnit)
    /// One of the domain's English tokens or Chinese terms; loads as the token.
    case enumeration(EnumerationDomain)
    /// A list whose items have the given type.
    case list(FieldType)
    /// A nested mapping.
    case object(ObjectSchema)
    /// Anything (free-form extension data).
    case any

    /// Words used in messages for what was expected.
    public var expectation: String {
        switch self {
        case .string: "text"
        case .date: "an ISO date such as 2026-11-02"
        case .integer: "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .quantity(let unit): "a quantity in \(unit.dimension.rawValue) (a number in \(unit.symbol), or text such as \"6.5 \(unit.symbol)\")"
        case .enumeration(let domain): "one of \(domain.tokens.joined(separator: ", "))"
        case .list: "a list"
        case .object: "a mapping"
        case .any: "any value"
        }
    }
}
