import Foundation
import PlumbCore
@testable import PlumbLoad

/// Reads `text` as a file called `name` through the whole load pipeline.
func load(_ text: String, name: String = "test.yaml") -> SubmissionReader.FileOutcome {
    SubmissionReader().read(data: Data(text.utf8), file: name)
}

/// Reads raw bytes as a file called `name`.
func load(bytes: [UInt8], name: String = "test.yaml") -> SubmissionReader.FileOutcome {
    SubmissionReader().read(data: Data(bytes), file: name)
}

/// Parses YAML into documents only (no validation).
func parse(_ text: String, limits: ReadLimits = .standard) -> YAMLReader.Output {
    Array(text.utf8).withUnsafeBytes { YAMLReader(limits: limits).read($0) }
}

/// `rule@line:column` for each finding, for compact assertions.
func summary(_ outcome: SubmissionReader.FileOutcome) -> [String] {
    outcome.findings.sorted().map { "\($0.ruleId)@\($0.location.line):\($0.location.column)" }
}

/// A valid HazardTicket document with `spec` lines replaced by `specLines` (indented by two spaces).
func hazardTicket(id: String = "HZ-2026-0001", specLines: [String]? = nil) -> String {
    let spec = specLines ?? [
        "level: general",
        "description: 临边防护缺失",
        "status: open",
    ]
    return """
    apiVersion: plumbline/v1
    kind: HazardTicket
    metadata:
      id: \(id)
      project: 南湖站
      discipline: work-at-height
      date: 2026-11-02
    spec:
    \(spec.map { "  " + $0 }.joined(separator: "\n"))

    """
}
