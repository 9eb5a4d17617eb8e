import Foundation
import PlumbCore

/// Compiles one rule of a pack: match, expressions, message, checker call and examples.
struct RuleReader {
    let parameters: [String: ExpressionType]
    let parameterValues: [String: Value]
    /// The pack's definitions (`defs.<name>`).
    let definitions: [String: CompiledDefinition]
    /// Definitions that did not compile (a rule reading one gets a follow-on error, not "unknown").
    let brokenDefinitions: Set<String>
    let registry: CheckerRegistry
    /// Folder of the pack file, for example files given by path.
    let folder: String

    func read(_ value: Value, document: inout PackDocument) -> Rule? {
        guard let map = document.mapping(value, "rule") else { return nil }
        let position = value.position
        document.checkKeys(map, allowed: PackKeys.rule, in: "a rule")
        guard let id = document.text(map, "id", at: position, in: "a rule") else { return nil }
        let what = "rule \(id)"
        let title = document.optionalText(map["title"], "title") ?? id
        var severity = Severity.error
        if let severityText = document.optionalText(map["severity"], "severity") {
            if let parsed = Severity(rawValue: severityText) {
                severity = parsed
            } else {
                document.fail(.badValue, "\(what): severity '\(severityText)' is not error, warning or info", at: map["severity"]!.position)
            }
        }
        guard let matchValue = map["match"] else {
            document.fail(.missingKey, "\(what) needs 'match' (at least a kind)", at: position)
            return nil
        }
        guard let match = readMatch(matchValue, what: what, document: &document) else { return nil }
        let environment = ExpressionEnvironment(kinds: match.kinds, parameters: parameters, functions: registry.functions,
                                                parameterValues: parameterValues, definitions: definitions,
                                                brokenDefinitions: brokenDefinitions)

        let when = condition(map["when"], key: "when", environment: environment, document: &document)
        let assertion = condition(map["assert"], key: "assert", environment: environment, document: &document)
        let check = readCheck(map["check"], kinds: match.kinds, what: what, document: &document)
        if map["assert"] == nil, map["check"] == nil {
            document.fail(.missingKey, "\(what) needs 'assert' (an expression that must hold) or 'check' (a checker)", at: position)
        }
        if map["assert"] != nil, map["check"] != nil {
            document.fail(.badValue, "\(what) has both 'assert' and 'check'; give one", at: map["check"]!.position)
        }
        let messageSource = document.optionalText(map["message"], "message") ?? title
        var message: MessageTemplate?
        do {
            message = try MessageTemplate(messageSource, in: environment)
        } catch {
            document.fail(.badExpression, "\(what) message: \(error)", at: map["message"]?.position ?? position)
        }
        let examples = ExampleReader(folder: folder, ruleID: id, match: match).read(map["examples"], document: &document)
        guard let message, map["assert"] == nil || assertion != nil, map["check"] == nil || check != nil,
              map["when"] == nil || when != nil
        else { return nil }
        return Rule(
            id: id, title: title, severity: severity, match: match, when: when, assertion: assertion, check: check,
            message: message, reference: document.reference(map["reference"]),
            remediation: document.optionalText(map["remediation"], "remediation"),
            tags: document.texts(map["tags"], "tags"), examples: examples,
            description: document.optionalText(map["description"], "description"),
            location: document.location(position)
        )
    }

    private func condition(_ value: Value?, key: String, environment: ExpressionEnvironment, document: inout PackDocument) -> CompiledExpression? {
        guard let value else { return nil }
        let source: String
        switch value.node {
        case .string(let text): source = text
        case .bool(let flag): source = flag ? "true" : "false"
        default:
            document.fail(.badValue, "'\(key)' should be an expression written as text", at: value.position)
            return nil
        }
        do {
            return try CompiledExpression.compileCondition(source, in: environment)
        } catch {
            document.fail(.badExpression, "'\(key)': \(error)", at: value.position)
            return nil
        }
    }

    private func readMatch(_ value: Value, what: String, document: inout PackDocument) -> RuleMatch? {
        // `match: HazardTicket` is short for `match: {kind: HazardTicket}`.
        let map: Mapping
        if value.stringValue != nil || value.listValue != nil {
            map = Mapping([.init(key: "kind", keyPosition: value.position, value: value)])
        } else if let mapping = document.mapping(value, "match") {
            map = mapping
        } else {
            return nil
        }
        document.checkKeys(map, allowed: PackKeys.match, in: "\(what) match")
        let kinds = document.kinds(map["kind"], in: what)
        guard !kinds.isEmpty else {
            if map["kind"] == nil { document.fail(.missingKey, "\(what) match needs 'kind'", at: value.position) }
            return nil
        }
        var disciplines: Set<String>?
        if map["discipline"] != nil {
            var tokens: Set<String> = []
            for name in document.texts(map["discipline"], "discipline") {
                if let token = EnumerationDomain.discipline.token(for: name) {
                    tokens.insert(token)
                } else {
                    document.fail(.badValue, "\(what): '\(name)' is not a discipline", at: map["discipline"]!.position)
                }
            }
            disciplines = tokens
        }
        var fields: [(path: String, values: [Value])] = []
        if let selectors = document.mapping(map["where"], "where") {
            for entry in selectors.entries {
                fields.append((entry.key, entry.value.listValue ?? [entry.value]))
            }
        }
        return RuleMatch(kinds: kinds, disciplines: disciplines, fields: fields)
    }

    private func readCheck(_ value: Value?, kinds: [RecordKind], what: String, document: inout PackDocument) -> CheckInvocation? {
        guard let value else { return nil }
        let map: Mapping
        if value.stringValue != nil {
            map = Mapping([.init(key: "id", keyPosition: value.position, value: value)])
        } else if let mapping = document.mapping(value, "check") {
            map = mapping
        } else {
            return nil
        }
        document.checkKeys(map, allowed: PackKeys.check, in: "\(what) check")
        guard let id = document.text(map, "id", at: value.position, in: "\(what) check") else { return nil }
        guard let checker = registry.checkers[id] else {
            document.fail(.unknownChecker, "\(what): unknown checker '\(id)'\(Suggestion.hint(for: id, among: registry.checkers.keys))",
                          at: map["id"]?.position ?? value.position)
            return nil
        }
        let (checked, issues) = OptionsValidator.validate(map["options"], against: checker.optionsSchema, at: value.position)
        for issue in issues {
            document.fail(.badCheckerOptions, "\(what): checker \(id) \(issue.message)", at: issue.position)
        }
        let unread = kinds.filter { !checker.kinds.isEmpty && !checker.kinds.contains($0) }
        if !unread.isEmpty {
            document.fail(.badValue, "\(what): checker \(id) reads \(checker.kinds.map(\.rawValue).joined(separator: ", ")), "
                          + "not \(unread.map(\.rawValue).joined(separator: ", ")); narrow the rule's match", at: map["id"]?.position ?? value.position)
            return nil
        }
        return issues.isEmpty ? CheckInvocation(checker: checker, options: checked) : nil
    }
}
