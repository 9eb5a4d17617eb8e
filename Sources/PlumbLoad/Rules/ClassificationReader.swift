import PlumbCore

/// Compiles one `classifications:` case of a pack (method statements only).
struct ClassificationReader {
    let parameters: [String: ExpressionType]
    let parameterValues: [String: Value]
    /// The pack's definitions (`defs.<name>`).
    let definitions: [String: CompiledDefinition]
    /// Definitions that did not compile (a rule reading one gets a follow-on error, not "unknown").
    let brokenDefinitions: Set<String>
    let registry: CheckerRegistry

    func read(_ value: Value, document: inout PackDocument) -> ClassificationCase? {
        guard let map = document.mapping(value, "classification") else { return nil }
        document.checkKeys(map, allowed: PackKeys.classification, in: "a classification case")
        guard let id = document.text(map, "id", at: value.position, in: "a classification case") else { return nil }
        var discipline: String?
        if let written = document.optionalText(map["discipline"], "discipline") {
            discipline = EnumerationDomain.discipline.token(for: written)
            if discipline == nil { document.fail(.badValue, "classification \(id): '\(written)' is not a discipline", at: map["discipline"]!.position) }
        }
        guard let levelText = document.text(map, "level", at: value.position, in: "classification \(id)") else { return nil }
        guard let level = HazardClass.domain.token(for: levelText).flatMap(HazardClass.init(rawValue:)) else {
            document.fail(.badValue, "classification \(id): level '\(levelText)' is not hazardous or highly-hazardous", at: map["level"]!.position)
            return nil
        }
        guard let whenValue = map["when"], let source = whenValue.stringValue else {
            document.fail(.missingKey, "classification \(id) needs 'when' (an expression)", at: value.position)
            return nil
        }
        let environment = ExpressionEnvironment(kinds: [.methodStatement], parameters: parameters, functions: registry.functions,
                                                parameterValues: parameterValues, definitions: definitions,
                                                brokenDefinitions: brokenDefinitions)
        let when: CompiledExpression
        do {
            when = try CompiledExpression.compileCondition(source, in: environment)
        } catch {
            document.fail(.badExpression, "classification \(id) 'when': \(error)", at: whenValue.position)
            return nil
        }
        let reasonSource = document.optionalText(map["reason"], "reason") ?? source
        let reason: MessageTemplate
        do {
            reason = try MessageTemplate(reasonSource, in: environment)
        } catch {
            document.fail(.badExpression, "classification \(id) reason: \(error)", at: map["reason"]?.position ?? value.position)
            return nil
        }
        return ClassificationCase(id: id, discipline: discipline, level: level, when: when, reason: reason,
                                  reference: document.reference(map["reference"]), location: document.location(value.position))
    }
}
