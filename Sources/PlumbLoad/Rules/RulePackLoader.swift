import Foundation
public import PlumbCore

/// Loads rule packs from files and folders, validating and compiling everything before any record is read.
public struct RulePackLoader: Sendable {
    /// What loading produced: the packs that loaded cleanly, and every problem found.
    public struct Output: Sendable {
        public var packs: [RulePack]
        public var errors: [PackLoadError]
    }

    public var registry: CheckerRegistry
    /// `pack-id.parameter` → value written as text (from `--set` or project configuration).
    public var overrides: [String: String]
    /// Where overrides from a configuration file are written; errors about the others name `--set`.
    public var overrideLocations: [String: SourceLocation]

    public init(registry: CheckerRegistry, overrides: [String: String] = [:], overrideLocations: [String: SourceLocation] = [:]) {
        self.registry = registry
        self.overrides = overrides
        self.overrideLocations = overrideLocations
    }

    /// A pack's header before its rules are compiled.
    private struct Header {
        var id: String
        var version: String
        var title: String
        var description: String?
        var basis: [String]
        var parameters: [PackParameter]
        var extends: [(id: String, position: SourcePosition)]
        var definitionsValue: Value?
        var ruleValues: [(value: Value, file: String)]
        var classificationValues: [(value: Value, file: String)]
        var file: String
        var position: SourcePosition
    }

    public func load(paths: [String]) -> Output {
        var errors: [PackLoadError] = []
        let sources = paths.flatMap { PackSource.discover($0, errors: &errors) }
        var headers: [Header] = []
        for source in sources {
            if let header = readHeader(source, errors: &errors) {
                if let earlier = headers.first(where: { $0.id == header.id }) {
                    errors.append(PackLoadError(.duplicatePack, "pack '\(header.id)' is already loaded from \(earlier.file)",
                                                at: SourceLocation(file: header.file, position: header.position)))
                } else {
                    headers.append(header)
                }
            }
        }
        let values = resolveParameters(headers, errors: &errors)
        var packs: [RulePack] = []
        var ruleOwners: [String: SourceLocation] = [:]
        for header in headers {
            let types = Dictionary(header.parameters.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
            var definitionDocument = PackDocument(file: header.file)
            let (definitions, brokenDefinitions) = DefinitionReader(parameters: types, parameterValues: values[header.id] ?? [:], registry: registry)
                .read(header.definitionsValue, document: &definitionDocument)
            errors += definitionDocument.errors
            let compiledDefinitions = Dictionary(definitions.map { ($0.name, $0.compiled) }, uniquingKeysWith: { first, _ in first })
            var rules: [Rule] = []
            for (value, file) in header.ruleValues {
                var document = PackDocument(file: file)
                let reader = RuleReader(parameters: types, parameterValues: values[header.id] ?? [:], definitions: compiledDefinitions,
                                        brokenDefinitions: brokenDefinitions, registry: registry, folder: (file as NSString).deletingLastPathComponent)
                if let rule = reader.read(value, document: &document) {
                    if let owner = ruleOwners[rule.id] {
                        document.fail(.duplicateRule, "rule id '\(rule.id)' is already used at \(owner.file):\(owner.line):\(owner.column)", at: value.position)
                    } else {
                        ruleOwners[rule.id] = rule.location
                        rules.append(rule)
                    }
                }
                errors += document.errors
            }
            var classifications: [ClassificationCase] = []
            for (value, file) in header.classificationValues {
                var document = PackDocument(file: file)
                let reader = ClassificationReader(parameters: types, parameterValues: values[header.id] ?? [:], definitions: compiledDefinitions,
                                                  brokenDefinitions: brokenDefinitions, registry: registry)
                if let entry = reader.read(value, document: &document) { classifications.append(entry) }
                errors += document.errors
            }
            packs.append(RulePack(id: header.id, version: header.version, title: header.title, description: header.description,
                                  basis: header.basis, parameters: header.parameters, extends: header.extends.map(\.id),
                                  definitions: definitions, rules: rules, classifications: classifications, file: header.file,
                                  parameterValues: values[header.id] ?? [:]))
        }
        return Output(packs: packs, errors: errors.sorted { $0.location < $1.location })
    }

    private func readHeader(_ source: PackSource, errors: inout [PackLoadError]) -> Header? {
        guard let (root, position) = readMapping(source.headerFile, errors: &errors) else { return nil }
        var document = PackDocument(file: source.headerFile)
        defer { errors += document.errors }
        document.checkKeys(root, allowed: PackKeys.pack, in: "a rule pack")
        guard let id = document.text(root, "pack", at: position, in: "a rule pack") else { return nil }
        let version = document.text(root, "version", at: position, in: "pack \(id)") ?? "0"
        var ruleValues = (root["rules"]?.listValue ?? []).map { ($0, source.headerFile) }
        var classificationValues = (root["classifications"]?.listValue ?? []).map { ($0, source.headerFile) }
        if let rules = root["rules"], rules.listValue == nil, !rules.isNull {
            document.fail(.badValue, "'rules' should be a list of rules", at: rules.position)
        }
        for file in source.ruleFiles {
            guard let (map, _) = readMapping(file, errors: &errors) else { continue }
            var ruleDocument = PackDocument(file: file)
            ruleDocument.checkKeys(map, allowed: PackKeys.ruleFile, in: "a rule file of pack \(id)")
            ruleValues += (map["rules"]?.listValue ?? []).map { ($0, file) }
            classificationValues += (map["classifications"]?.listValue ?? []).map { ($0, file) }
            errors += ruleDocument.errors
        }
        var extends: [(String, SourcePosition)] = []
        if let value = root["extends"] {
            extends = document.texts(value, "extends").map { ($0, value.position) }
        }
        let parameters = document.mapping(root["parameters"], "parameters").map { ParameterReader.read($0, document: &document) } ?? []
        return Header(id: id, version: version, title: document.optionalText(root["title"], "title") ?? id,
                      description: document.optionalText(root["description"], "description"),
                      basis: document.texts(root["basis"], "basis"), parameters: parameters, extends: extends,
                      definitionsValue: root["definitions"], ruleValues: ruleValues, classificationValues: classificationValues, file: source.headerFile, position: position)
    }

    private func readMapping(_ file: String, errors: inout [PackLoadError]) -> (Mapping, SourcePosition)? {
        guard let data = FileManager.default.contents(atPath: file) else {
            errors.append(PackLoadError(.unreadable, "cannot read the rule pack file", at: SourceLocation(file: file)))
            return nil
        }
        let output = data.withUnsafeBytes { YAMLReader().read($0) }
        for issue in output.issues {
            errors.append(PackLoadError(.invalidYAML, "\(issue.message) [\(issue.problem.rawValue)]", at: SourceLocation(file: file, position: issue.position)))
        }
        guard output.issues.isEmpty else { return nil }
        guard let first = output.documents.first, let map = first.mappingValue else {
            errors.append(PackLoadError(.notAPack, "a rule pack file must be a mapping with 'pack', 'version' and 'rules'", at: SourceLocation(file: file)))
            return nil
        }
        return (map, first.position)
    }

    /// Parameter values for every pack: its defaults, then those of packs extending it, then overrides.
    private func resolveParameters(_ headers: [Header], errors: inout [PackLoadError]) -> [String: [String: Value]] {
        let byID = Dictionary(headers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Cycles and unknown packs.
        for header in headers {
            for (base, position) in header.extends where byID[base] == nil {
                errors.append(PackLoadError(.unknownPack, "pack '\(header.id)' extends '\(base)', which is not loaded\(Suggestion.hint(for: base, among: byID.keys))",
                                            at: SourceLocation(file: header.file, position: position)))
            }
            if let cycle = cycle(from: header.id, byID: byID) {
                let position = header.extends.first?.position ?? header.position
                errors.append(PackLoadError(.extendsCycle, "packs extend each other in a cycle: \(cycle.joined(separator: " → "))",
                                            at: SourceLocation(file: header.file, position: position)))
            }
        }
        var values: [String: [String: Value]] = [:]
        for header in headers {
            values[header.id] = Dictionary(header.parameters.map { ($0.name, $0.defaultValue) }, uniquingKeysWith: { first, _ in first })
        }
        // A pack that extends another overrides the base's parameters of the same name and type.
        for header in headers {
            for (base, position) in header.extends {
                guard let baseHeader = byID[base] else { continue }
                for parameter in header.parameters {
                    guard let baseParameter = baseHeader.parameters.first(where: { $0.name == parameter.name }) else { continue }
                    guard baseParameter.kind == parameter.kind else {
                        errors.append(PackLoadError(.badValue, "parameter '\(parameter.name)' is a \(baseParameter.kind.rawValue) in '\(base)', not a \(parameter.kind.rawValue)",
                                                    at: SourceLocation(file: header.file, position: position)))
                        continue
                    }
                    values[base]?[parameter.name] = parameter.defaultValue
                }
            }
        }
        for (key, text) in overrides.sorted(by: { $0.key < $1.key }) {
            let written = overrideLocations[key] ?? SourceLocation(file: "--set")
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let header = byID[parts[0]] else {
                errors.append(PackLoadError(.unknownParameter, "'\(key)' names no loaded pack; write pack-id.parameter=value", at: written))
                continue
            }
            guard let parameter = header.parameters.first(where: { $0.name == parts[1] }) else {
                errors.append(PackLoadError(.unknownParameter, "pack '\(parts[0])' has no parameter '\(parts[1])'\(Suggestion.hint(for: parts[1], among: header.parameters.map(\.name)))",
                                            at: written))
                continue
            }
            switch ParameterReader.typed(Value(.string(text)), for: parameter) {
            case .success(let value): values[parts[0]]?[parts[1]] = value
            case .failure(let failure):
                errors.append(PackLoadError(.badValue, "\(key): \(failure.reason)", at: written))
            }
        }
        return values
    }

    private func cycle(from start: String, byID: [String: Header]) -> [String]? {
        var path: [String] = [start]
        func visit(_ id: String) -> [String]? {
            for (base, _) in byID[id]?.extends ?? [] {
                if base == start { return path + [base] }
                if path.contains(base) { continue }
                path.append(base)
                if let found = visit(base) { return found }
                path.removeLast()
            }
            return nil
        }
        return visit(start)
    }
}
