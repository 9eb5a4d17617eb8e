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

/// `--show error|warning|info`.
enum ShowLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info

    var severity: Severity { Severity(rawValue: rawValue) ?? .info }
}

/// Options every reporting command shares. Each wins over its plumb.yaml default.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Output format; repeat for several. FORMAT or FORMAT:FILE (\(ReporterRegistry.identifiers.joined(separator: ", "))).",
        valueName: "format"))
    var formats: [FormatSpec] = []

    @Option(help: ArgumentHelp("Exit 1 when an unwaived finding is at or above this severity (error, warning, info, never; default error).", valueName: "severity"))
    var failOn: FailOn?

    @Option(help: ArgumentHelp("Show findings at or above this severity (error, warning, info; default info). Does not change what fails the run.", valueName: "severity"))
    var show: ShowLevel?

    @Flag(help: "Never colour the text output.")
    var noColor = false

    /// The threshold that fails the run: `--fail-on`, else plumb.yaml's `failOn`, else error.
    func failThreshold(_ configuration: ProjectConfiguration) -> Severity? {
        (failOn ?? configuration.failOn.flatMap(FailOn.init(rawValue:)) ?? .error).threshold
    }

    /// The least severe finding shown: `--show`, else plumb.yaml's `show`, else info.
    func shownSeverity(_ configuration: ProjectConfiguration) -> Severity {
        show?.severity ?? configuration.show ?? .info
    }

    /// Writes every requested output (`--format`, else plumb.yaml's `formats`, else text); returns
    /// false when a report file could not be written.
    func emit(_ result: CheckResult, configuration: ProjectConfiguration = .none) -> Bool {
        var succeeded = true
        var chosen = formats
        if chosen.isEmpty { chosen = configuration.formats.compactMap(FormatSpec.init(argument:)) }
        if chosen.isEmpty { chosen = [FormatSpec(argument: TextReporter.identifier)!] }
        for format in chosen {
            let colour = format.path == nil && !noColor && Terminal.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            guard let reporter = ReporterRegistry.reporter(format.identifier, useColour: colour) else { continue }
            let text = reporter.report(result)
            succeeded = Terminal.deliver(text, to: format.path) && succeeded
        }
        return succeeded
    }
}
