/// A named value a pack's rules read as `params.<name>`, with a default a project may override.
public struct PackParameter: Sendable {
    /// The kinds of parameter value.
    public enum Kind: String, Sendable, CaseIterable {
        case number, quantity, text, boolean, date, list
    }

    public var name: String
    public var kind: Kind
    /// For quantities: the unit of a bare number.
    public var unit: PhysicalUnit?
    public var defaultValue: Value
    public var description: String?
    /// Whether domain.md marks the value UNCONFIRMED (shown in docs).
    public var unconfirmed: Bool

    public init(name: String, kind: Kind, unit: PhysicalUnit?, defaultValue: Value, description: String?, unconfirmed: Bool = false) {
        self.name = name
        self.kind = kind
        self.unit = unit
        self.defaultValue = defaultValue
        self.description = description
        self.unconfirmed = unconfirmed
    }

    /// The type expressions see.
    public var type: ExpressionType {
        switch kind {
        case .number: .number
        case .quantity: .quantity(unit?.dimension ?? .length)
        case .text: .string
        case .boolean: .bool
        case .date: .date
        case .list: .list(.any)
        }
    }
}
