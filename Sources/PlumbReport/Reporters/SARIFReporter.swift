public import PlumbCore
import Foundation

/// SARIF 2.1.0 (OASIS), the format code-scanning services read: GitHub code scanning, Azure DevOps, GitLab.
///
/// `tool.driver.rules` describes every rule with its help and reference; each result points at its
/// file (a relative URI) and line and column, carries a fingerprint that survives line shifts, and a
/// waived finding carries a suppression (`inSource` for a record's own waiver, `external` for the
/// waivers file). Columns count Unicode code points, as libyaml does.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"

    public init() {}

    public func report(_ result: CheckResult) -> String {
        let rules = result.rules
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver = Driver(
            version: PlumbVersion.current, semanticVersion: PlumbVersion.current,
            rules: rules.map(Self.descriptor)
        )
        let results = result.shownFindings.map { Self.result($0, index: ruleIndex[$0.ruleId]) }
        let run = Run(tool: Tool(driver: driver), results: results, properties: RunProperties(asOf: result.asOf.description, changedSince: result.changedSince))
        let log = Log(runs: [run])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// SARIF's level for a severity.
    package static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative path as a URI reference (`records/南湖站 1.yaml` → `records/%E5%8D%97...%201.yaml`); absolute paths as `file://` URIs.
    package static func uri(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func descriptor(_ rule: RuleSummary) -> ReportingDescriptor {
        var helpText = rule.help ?? rule.title
        var helpMarkdown = "**\(rule.title)**"
        if let help = rule.help { helpMarkdown += "\n\n\(help)" }
        if let reference = rule.reference {
            helpText += "\nReference: \(reference)"
            helpMarkdown += "\n\nReference: \(reference)"
        }
        var tags: [String] = []
        for tag in rule.tags where !tags.contains(tag) { tags.append(tag) }
        return ReportingDescriptor(
            id: rule.id,
            shortDescription: Text(text: rule.title),
            fullDescription: rule.help.map { Text(text: $0) },
            help: Help(text: helpText, markdown: helpMarkdown),
            defaultConfiguration: Configuration(level: level(rule.severity)),
            properties: RuleProperties(tags: tags.isEmpty ? nil : tags, reference: rule.reference, pack: rule.pack)
        )
    }

    private static func result(_ finding: Finding, index: Int?) -> Result {
        let location = finding.location
        var logical: [LogicalLocation]?
        if let recordId = finding.recordId {
            let name = location.path.map { "\(recordId).\($0)" } ?? recordId
            logical = [LogicalLocation(fullyQualifiedName: name, kind: location.path == nil ? "object" : "member")]
        }
        let physical = PhysicalLocation(
            artifactLocation: ArtifactLocation(uri: uri(location.file)),
            region: Region(startLine: max(1, location.line), startColumn: max(1, location.column))
        )
        var suppressions: [Suppression]?
        if let waiver = finding.waiver {
            var justification = waiver.summary
            if waiver.location.file != location.file { justification += " [\(waiver.location.file):\(waiver.location.line)]" }
            suppressions = [Suppression(kind: waiver.location.file == location.file ? "inSource" : "external", justification: justification)]
        }
        return Result(
            ruleId: finding.ruleId, ruleIndex: index, level: level(finding.severity), message: Text(text: finding.message),
            locations: [Location(physicalLocation: physical, logicalLocations: logical)],
            partialFingerprints: ["plumbFindingFingerprint/v1": finding.fingerprint],
            suppressions: suppressions,
            properties: finding.recordId == nil && finding.pack == nil && finding.reference == nil
                ? nil : ResultProperties(recordId: finding.recordId, pack: finding.pack, reference: finding.reference)
        )
    }
}

// The SARIF objects Plumbline writes, named as in the specification (§3).
private extension SARIFReporter {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
        var properties: RunProperties
    }

    struct RunProperties: Encodable {
        var asOf: String
        var changedSince: String?
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = "plumb"
        var fullName = "Plumbline rules and compliance checker"
        var version: String
        var semanticVersion: String
        var informationUri = "https://plumbline.example/"
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var shortDescription: Text
        var fullDescription: Text?
        var help: Help
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct RuleProperties: Encodable {
        var tags: [String]?
        var reference: String?
        var pack: String?
    }

    struct Text: Encodable {
        var text: String
    }

    struct Help: Encodable {
        var text: String
        var markdown: String
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
        var suppressions: [Suppression]?
        var properties: ResultProperties?
    }

    struct ResultProperties: Encodable {
        var recordId: String?
        var pack: String?
        var reference: String?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
        var kind: String
    }

    struct Suppression: Encodable {
        var kind: String
        var status = "accepted"
        var justification: String
    }
}
