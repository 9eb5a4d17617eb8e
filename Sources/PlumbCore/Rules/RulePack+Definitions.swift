extension RulePack {
    /// The pack's definitions that `sources` (a rule's `when`, `assert` and message) read, directly or through
    /// other definitions, in the order the pack writes them (so each comes after those it reads).
    public func definitions(readBy sources: [String]) -> [PackDefinition] {
        var wanted: Set<String> = []
        var pending = sources.flatMap(Self.definitionNames(in:))
        while let name = pending.popLast() {
            guard wanted.insert(name).inserted, let definition = definitions.first(where: { $0.name == name }) else { continue }
            pending += Self.definitionNames(in: definition.source)
        }
        return definitions.filter { wanted.contains($0.name) }
    }

    /// The names after `defs.` in an expression's text.
    static func definitionNames(in source: String) -> [String] {
        var names: [String] = []
        var rest = Substring(source)
        while let range = rest.range(of: "defs.") {
            let name = rest[range.upperBound...].prefix { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
            if !name.isEmpty { names.append(String(name)) }
            rest = rest[range.upperBound...]
        }
        return names
    }
}
