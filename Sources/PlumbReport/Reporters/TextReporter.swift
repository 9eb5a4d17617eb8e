public import PlumbCore

/// The terminal format: each finding as `file:line:column: severity: [rule-id] message` (the line users
/// grep), the source line under it with a caret at the column, its reference and help, then a summary.
///
/// Findings come grouped by file in line order. Colour (ANSI escapes) only when asked for: the caller
/// knows whether standard output is a terminal.
public struct TextReporter: Reporter {
    public static let identifier = "text"

    /// Colour severities and carets with ANSI escapes (only when writing to a terminal).
    public var useColour: Bool

    public init(useColour: Bool = false) {
        self.useColour = useColour
    }

    public func report(_ result: CheckResult) -> String {
        var blocks: [String] = []
        for finding in result.shownFindings {
            blocks.append(block(finding, result: result).joined(separator: "\n"))
        }
        blocks.append(Wording.summary(result))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The lines of one finding.
    func block(_ finding: Finding, result: CheckResult) -> [String] {
        let location = finding.location
        // A message of several lines continues indented, so every unindented line is a finding's first line.
        let message = finding.message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "\n    ")
        var lines = ["\(location.file):\(location.line):\(location.column): \(paint(Wording.severityLabel(finding), finding)): [\(finding.ruleId)] \(message)"]
        for reading in finding.explain ?? [] { lines.append("    \(reading.path) = \(reading.value)") }
        let number = String(location.line)
        let blank = "  " + String(repeating: " ", count: number.count)
        if let source = result.sourceLines.line(location.line, in: location.file) {
            lines.append(dim("  \(number) |") + (source.isEmpty ? "" : " " + source))
            lines.append(dim("\(blank) | ") + caretIndent(source, column: location.column) + paint("^", finding))
        }
        let note = dim("\(blank) = ")
        if let waiver = finding.waiver {
            lines.append(note + "waived: \(waiver.summary) at \(waiver.location.file):\(waiver.location.line):\(waiver.location.column)")
        }
        if let reference = finding.reference { lines.append(note + "reference: \(reference)") }
        if let remediation = finding.remediation { lines.append(note + "help: \(remediation)") }
        return lines
    }

    /// Blanks as wide as the source text before `column` (1-based, in Unicode scalars as libyaml counts):
    /// tabs stay tabs and East Asian wide characters take two cells, so the caret lands under the column.
    package func caretIndent(_ source: String, column: Int) -> String {
        var indent = ""
        for scalar in source.unicodeScalars.prefix(max(0, column - 1)) {
            if scalar == "\t" {
                indent += "\t"
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
                continue
            } else {
                indent += Self.isWide(scalar) ? "  " : " "
            }
        }
        return indent
    }

    /// Whether a terminal shows `scalar` in two cells (CJK ideographs, kana, hangul, full-width forms).
    package static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }

    private func paint(_ text: String, _ finding: Finding) -> String {
        guard useColour else { return text }
        if finding.isWaived { return "\u{1B}[2m\(text)\u{1B}[0m" }
        let code = switch finding.severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func dim(_ text: String) -> String { useColour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
