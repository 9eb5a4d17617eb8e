import Foundation
import PlumbCore

/// Generates the JSON Schemas of docs/schema/ from the record format defined in PlumbCore,
/// so editors validate records as they are typed and the schemas can never drift from the loader.
public enum JSONSchemaWriter {
    /// File name and content of every schema: one per kind, and `record.schema.json` accepting any kind.
    public static func files() -> [(name: String, content: String)] {
        var files = RecordKind.allCases.map { kind in (fileName(for: kind), render(schema(for: kind))) }
        let any: [String: Any] = [
            "$schema": draft,
            "$id": baseID + "record.schema.json",
            "title": "Plumbline record (any kind)",
            "oneOf": RecordKind.allCases.map { ["$ref": fileName(for: $0)] },
        ]
        files.append(("record.schema.json", render(any)))
        return files
    }

    /// `method-statement.schema.json` for MethodStatement.
    public static func fileName(for kind: RecordKind) -> String {
        var name = ""
        for character in kind.rawValue {
            if character.isUppercase, !name.isEmpty { name.append("-") }
            name.append(contentsOf: character.lowercased())
        }
        return name + ".schema.json"
    }

    static let draft = "https://json-schema.org/draft/2020-12/schema"
    static let baseID = "https://plumbline.example/schema/"

    static func schema(for kind: RecordKind) -> [String: Any] {
        var root = object(kind.schema)
        var properties = root["properties"] as? [String: Any] ?? [:]
        properties["apiVersion"] = ["enum": RecordKind.supportedAPIVersions, "description": "Format version"]
        properties["kind"] = ["const": kind.rawValue, "description": "\(kind.rawValue) (\(kind.chineseName))"]
        root["properties"] = properties
        root["$schema"] = draft
        root["$id"] = baseID + fileName(for: kind)
        root["title"] = "\(kind.rawValue) (\(kind.chineseName))"
        return root
    }

    static func object(_ schema: ObjectSchema) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in schema.fields {
            var property = type(field.type)
            if !field.summary.isEmpty { property["description"] = field.summary }
            properties[field.name] = property
        }
        var result: [String: Any] = [
            "type": "object",
            "properties": properties,
            "patternProperties": ["^x-": [String: Any]()],
            "additionalProperties": false,
        ]
        let required = schema.fields.filter(\.isRequired).map(\.name)
        if !required.isEmpty { result["required"] = required }
        return result
    }

    static func type(_ type: FieldType) -> [String: Any] {
        switch type {
        case .string: return ["type": "string"]
        case .date: return ["type": "string", "pattern": #"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$"#]
        case .integer: return ["type": "integer"]
        case .number: return ["type": "number"]
        case .boolean: return ["type": "boolean"]
        case .quantity(let unit):
            let symbols = UnitCatalog.all.filter { $0.dimension == unit.dimension }
                .flatMap { [$0.symbol] + $0.aliases }
                .map { NSRegularExpression.escapedPattern(for: $0) }
            return [
                "anyOf": [
                    ["type": "number", "description": "in \(unit.symbol)"],
                    ["type": "string", "pattern": #"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*("# + symbols.joined(separator: "|") + #")?\s*$"#],
                ],
            ]
        case .enumeration(let domain):
            return ["enum": domain.cases.flatMap { [$0.token] + $0.chineseTerms }]
        case .list(let item): return ["type": "array", "items": self.type(item)]
        case .object(let schema): return object(schema)
        case .any: return [:]
        }
    }

    static func render(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
