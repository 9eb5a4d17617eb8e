public import PlumbCore

/// `file:line:column: severity: [rule-id] message`, one finding a line, then a summary line.
public struct TextReporter: Reporter {
    public static let identifier = "text"

    /// Colour severities with ANSI escapes (only when writing to a terminal).
    public var useColour: Bool

    public init(useColour: Bool = false) {
        self.useColour = useColour
    }

    public func report(_ result: CheckResult) -> String {
        var lines: [String] = []
        for finding in result.findings {
            lines.append(line(finding))
            for reading in finding.explain ?? [] { lines.append("    \(reading.path) = \(reading.value)") }
        }
        lines.append(Self.summary(result))
        return lines.joined(separator: "\n") + "\n"
    }

    func line(_ finding: Finding) -> String {
        let location = finding.location
        let severity = useColour ? Self.colour(finding.severity) : finding.severity.rawValue
        return "\(location.file):\(location.line):\(location.column): \(severity): [\(finding.ruleId)] \(finding.message)"
    }

    /// `12 records in 8 files: 3 errors, 1 warning, 0 infos`.
    static func summary(_ result: CheckResult) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(result.recordCount, "record")) in \(plural(result.fileCount, "file")): "
            + "\(plural(result.count(.error), "error")), \(plural(result.count(.warning), "warning")), \(plural(result.count(.info), "info"))"
    }

    private static func colour(_ severity: Severity) -> String {
        switch severity {
        case .error: "\u{1B}[1;31merror\u{1B}[0m"
        case .warning: "\u{1B}[1;33mwarning\u{1B}[0m"
        case .info: "\u{1B}[1;36minfo\u{1B}[0m"
        }
    }
}
