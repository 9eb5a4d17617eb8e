import PlumbCore

/// Reads the settings of a `plumb.yaml` mapping, collecting every problem with its position.
struct ConfigurationReader {
    let file: String
    var configuration: ProjectConfiguration
    var issues: [ConfigurationIssue] = []

    /// `failOn` values.
    static let failOnValues = ["error", "warning", "info", "never"]

    init(file: String, folder: String) {
        self.file = file
        configuration = ProjectConfiguration(file: file, folder: folder)
    }

    mutating func fail(_ problem: ConfigurationProblem, _ message: String, at position: SourcePosition) {
        issues.append(ConfigurationIssue(problem, message, at: location(position)))
    }

    func location(_ position: SourcePosition) -> SourceLocation { SourceLocation(file: file, position: position) }

    mutating func read(_ map: Mapping) {
        for entry in map.entries {
            guard let key = ConfigurationKey(rawValue: entry.key) else {
                let known = ConfigurationKey.allCases.map(\.rawValue)
                fail(.unknownKey, "unknown key '\(entry.key)'\(Suggestion.hint(for: entry.key, among: known)); known keys: \(known.joined(separator: ", "))",
                     at: entry.keyPosition)
                continue
            }
            let value = entry.value
            if value.isNull { continue }
            switch key {
            case .paths: configuration.paths = texts(value, key).map(configuration.resolve)
            case .packs: configuration.packs = texts(value, key).map(configuration.resolve)
            case .plugins: configuration.pluginPaths = texts(value, key).map(configuration.resolve)
            case .include: configuration.include = globs(value, key)
            case .exclude: configuration.exclude = globs(value, key)
            case .parameters: readParameters(value)
            case .severity: readSeverities(value)
            case .disable:
                for (ruleId, position) in positionedTexts(value, key) {
                    configuration.ruleSettings.append(.init(ruleId: ruleId, severity: nil, location: location(position)))
                }
            case .waivers: configuration.waiversFile = text(value, key).map(configuration.resolve)
            case .baseline: configuration.baselineFile = text(value, key).map(configuration.resolve)
            case .formats: configuration.formats = formats(value)
            case .failOn: configuration.failOn = choice(value, key, among: Self.failOnValues)
            case .show: configuration.show = choice(value, key, among: ["error", "warning", "info"]).flatMap(Severity.init(rawValue:))
            }
        }
    }

    private mutating func text(_ value: Value, _ key: ConfigurationKey) -> String? {
        switch value.node {
        case .string(let text) where !text.isEmpty: return text
        case .integer, .number: return value.displayText
        default:
            fail(.badValue, "'\(key.rawValue)' should be text, not \(value.typeName) '\(value.displayText)'", at: value.position)
            return nil
        }
    }

    private mutating func positionedTexts(_ value: Value, _ key: ConfigurationKey) -> [(String, SourcePosition)] {
        let items = value.listValue ?? [value]
        return items.compactMap { item in text(item, key).map { ($0, item.position) } }
    }

    private mutating func texts(_ value: Value, _ key: ConfigurationKey) -> [String] { positionedTexts(value, key).map(\.0) }

    private mutating func choice(_ value: Value, _ key: ConfigurationKey, among choices: [String]) -> String? {
        guard let written = text(value, key) else { return nil }
        guard choices.contains(written) else {
            fail(.badValue, "'\(key.rawValue)' is '\(written)', not one of \(choices.joined(separator: ", "))\(Suggestion.hint(for: written, among: choices))", at: value.position)
            return nil
        }
        return written
    }

    private mutating func globs(_ value: Value, _ key: ConfigurationKey) -> [Glob] {
        positionedTexts(value, key).compactMap { pattern, position in
            do throws(Glob.SyntaxError) {
                return try Glob(pattern)
            } catch {
                fail(.badGlob, "'\(key.rawValue)' pattern '\(pattern)': \(error.message)", at: position)
                return nil
            }
        }
    }

    private mutating func formats(_ value: Value) -> [String] {
        positionedTexts(value, .formats).compactMap { written, position in
            let parts = written.split(separator: ":", maxSplits: 1).map(String.init)
            let identifier = parts.first ?? ""
            guard ReporterRegistry.identifiers.contains(identifier) else {
                issues.append(ConfigurationIssue(
                    .unknownFormat,
                    "unknown format '\(identifier)'\(Suggestion.hint(for: identifier, among: ReporterRegistry.identifiers)); formats: \(ReporterRegistry.identifiers.joined(separator: ", "))",
                    at: location(position)))
                return nil
            }
            guard parts.count > 1, !parts[1].isEmpty else { return identifier }
            return "\(identifier):\(configuration.resolve(parts[1]))"
        }
    }

    /// `pack-id.parameter: value`, or `pack-id: {parameter: value}`.
    private mutating func readParameters(_ value: Value) {
        guard let map = value.mappingValue else {
            fail(.badValue, "'parameters' should be a mapping of pack-id.parameter: value", at: value.position)
            return
        }
        for entry in map.entries {
            if let nested = entry.value.mappingValue, !entry.key.contains(".") {
                for inner in nested.entries { parameter("\(entry.key).\(inner.key)", inner.value, keyPosition: inner.keyPosition) }
            } else {
                parameter(entry.key, entry.value, keyPosition: entry.keyPosition)
            }
        }
    }

    private mutating func parameter(_ key: String, _ value: Value, keyPosition: SourcePosition) {
        let parts = key.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            fail(.badValue, "parameter '\(key)' should be written pack-id.parameter", at: keyPosition)
            return
        }
        let text: String
        switch value.node {
        case .string(let written): text = written
        case .integer, .number: text = value.displayText
        case .bool(let flag): text = flag ? "true" : "false"
        case .list(let items) where items.allSatisfy({ $0.stringValue != nil || $0.numberValue != nil }):
            text = items.map(\.displayText).joined(separator: ",")
        default:
            fail(.badValue, "parameter '\(key)' should be a single value (a number, text, quantity such as '5 m', date or list), not \(value.typeName)", at: value.position)
            return
        }
        configuration.parameters.append(.init(key: key, value: text, location: location(keyPosition)))
    }

    private mutating func readSeverities(_ value: Value) {
        guard let map = value.mappingValue else {
            fail(.badValue, "'severity' should be a mapping of rule-id: error | warning | info | off", at: value.position)
            return
        }
        let choices = ["error", "warning", "info", "off"]
        for entry in map.entries {
            guard let written = entry.value.stringValue, choices.contains(written) else {
                fail(.badValue, "severity of '\(entry.key)' is '\(entry.value.displayText)', not one of \(choices.joined(separator: ", "))\(Suggestion.hint(for: entry.value.displayText, among: choices))",
                     at: entry.value.position)
                continue
            }
            configuration.ruleSettings.append(.init(ruleId: entry.key, severity: Severity(rawValue: written), location: location(entry.keyPosition)))
        }
    }
}
