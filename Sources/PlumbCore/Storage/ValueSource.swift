/// What a ``Mapping`` or a ``ValueList`` reads from: a record's ``RecordStorage``, or values built in code.
///
/// One class reference for both, so a `Value` holding a list or mapping copies with one retain: an enum of
/// the two kinds inside `Value`'s own enum made every copy of a value a switch through outlined copy
/// functions (callgrind: a seventh of rule evaluation).
public class ValueSource: @unchecked Sendable {
    init() {}
}

/// The items of a list built in code (an expression's `map` or `filter`, a reader's tree).
final class BuiltItems: ValueSource {
    let items: [Value]

    init(_ items: [Value]) {
        self.items = items
    }
}

/// The entries of a mapping built in code.
final class BuiltEntries: ValueSource {
    let entries: [Mapping.Entry]

    init(_ entries: [Mapping.Entry]) {
        self.entries = entries
    }
}
