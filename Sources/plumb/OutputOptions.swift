import ArgumentParser
import Foundation
import Plumbline

/// A `--format` value: `text`, `json`, or `json:path/to/out.json` to write a file.
struct FormatSpec: ExpressibleByArgument {
    var identifier: String
    var path: String?

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, ReporterRegistry.identifiers.contains(first) else { return nil }
        identifier = first
        path = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
    }

    static var allValueStrings: [String] { ReporterRegistry.identifiers }
}

/// `--fail-on error|warning|info|never`.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var threshold: Severity? { Severity(rawValue: rawValue) }
}

/// Options every reporting command shares.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Output format; repeat for several. FORMAT or FORMAT:FILE (\(ReporterRegistry.identifiers.joined(separator: ", "))).",
        valueName: "format"))
    var formats: [FormatSpec] = []

    @Option(help: "Exit 1 when a finding is at or above this severity (error, warning, info, never).")
    var failOn: FailOn = .error

    @Flag(help: "Never colour the text output.")
    var noColor = false

    /// Writes every requested output; returns false when a report file could not be written.
    func emit(_ result: CheckResult) -> Bool {
        var succeeded = true
        for format in formats.isEmpty ? [FormatSpec(argument: "text")!] : formats {
            let colour = format.path == nil && !noColor && Terminal.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            guard let reporter = ReporterRegistry.reporter(format.identifier, useColour: colour) else { continue }
            let text = reporter.report(result)
            succeeded = Terminal.deliver(text, to: format.path) && succeeded
        }
        return succeeded
    }
}
