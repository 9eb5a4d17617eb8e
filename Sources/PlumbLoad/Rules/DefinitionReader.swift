import PlumbCore

/// Compiles a pack's `definitions:` in the order written, each able to read the ones above it.
///
/// ```yaml
/// definitions:
///   sectionChapters:
///     kind: MethodStatement
///     expression: "spec.sections.map(s, …)"
///     description: the chapter (1–9) each section's title matches, 0 for none
/// ```
struct DefinitionReader {
    let parameters: [String: ExpressionType]
    let parameterValues: [String: Value]
    let registry: CheckerRegistry

    /// The definitions that compiled, and the names of those that did not (their errors are in `document`).
    func read(_ value: Value?, document: inout PackDocument) -> (definitions: [PackDefinition], broken: Set<String>) {
        guard let map = document.mapping(value, "definitions") else { return ([], []) }
        var definitions: [PackDefinition] = []
        var compiled: [String: CompiledDefinition] = [:]
        var broken: Set<String> = []
        for entry in map.entries {
            let name = entry.key
            // Until it compiles, a rule reading it is told the definition itself is wrong, not that it is unknown.
            broken.insert(name)
            guard Self.isName(name) else {
                document.fail(.badValue, "definition name '\(name)' should be a name of letters, digits and _ (not starting with a digit)", at: entry.keyPosition)
                continue
            }
            guard let body = document.mapping(entry.value, "definition \(name)") else { continue }
            document.checkKeys(body, allowed: PackKeys.definition, in: "definition \(name)")
            guard let sourceValue = body["expression"] else {
                document.fail(.missingKey, "definition \(name) needs 'expression'", at: entry.value.position)
                continue
            }
            guard let source = document.optionalText(sourceValue, "expression") else { continue }
            let kinds = document.kinds(body["kind"], in: "definition \(name)")
            // Without a kind the definition is for every kind, and its fields are read untyped.
            var environment = ExpressionEnvironment(kinds: kinds, parameters: parameters, functions: registry.functions,
                                                    parameterValues: parameterValues, definitions: compiled)
            environment.brokenDefinitions = broken.subtracting([name])
            do {
                let expression = try CompiledExpression.compile(source, in: environment)
                let definition = CompiledDefinition(name: name, kinds: kinds.isEmpty ? RecordKind.allCases : kinds, expression: expression)
                compiled[name] = definition
                broken.remove(name)
                definitions.append(PackDefinition(
                    name: name, kinds: definition.kinds, source: source, description: document.optionalText(body["description"], "description"),
                    location: document.location(sourceValue.position), compiled: definition))
            } catch {
                document.fail(.badExpression, "definition \(name): \(error)", at: sourceValue.position)
            }
        }
        return (definitions, broken)
    }

    /// `sectionChapters`, `item_ids`: what may follow `defs.` in an expression.
    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}
