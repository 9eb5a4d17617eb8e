public import PlumbCore
import Foundation

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff
/// (`::error file=…,line=…,col=…,title=…::message`), then a plain summary line for the log.
///
/// Infos are notices; waived findings are notices saying so, never errors.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"

    public init() {}

    public func report(_ result: CheckResult) -> String {
        var lines: [String] = []
        for finding in result.shownFindings {
            let command = finding.isWaived ? "notice" : Self.command(finding.severity)
            var file = finding.location.file
            while file.hasPrefix("./") { file.removeFirst(2) }
            let title = finding.isWaived ? "\(finding.ruleId) (waived)" : finding.ruleId
            var message = finding.message
            if let waiver = finding.waiver { message += "\nwaived: \(waiver.summary)" }
            if let reference = finding.reference { message += "\nreference: \(reference)" }
            let properties = [
                "file=\(Self.property(file))", "line=\(finding.location.line)", "col=\(finding.location.column)", "title=\(Self.property(title))",
            ]
            lines.append("::\(command) \(properties.joined(separator: ","))::\(Self.data(message))")
        }
        lines.append(Wording.summary(result))
        return lines.joined(separator: "\n") + "\n"
    }

    package static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message: `%`, CR and LF escaped as the runner expects.
    package static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: also `:` and `,`, which would end it.
    package static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
