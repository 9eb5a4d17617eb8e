import Foundation
import PlumbLoad

/// `plumb plugins test` and the generic checker test: every example of every checker, in-process or external,
/// through the real reader, validator and checker (STYLE.md §2).
///
/// A pass example must give no finding; a fail example must give findings (the stated number, at the stated
/// paths, with the stated words); a checker without a fail example fails.
public struct CheckerExampleRunner: Sendable {
    /// The verdict for one checker.
    public struct Outcome: Sendable {
        public var checkerID: String
        public var pluginID: String
        public var exampleCount: Int
        /// Why the checker failed its test, each beginning with where the example is written; empty when it passed.
        public var failures: [String]
        /// The checker's plugin failed (crashed, hung, answered garbage) while running an example.
        public var pluginFailed: Bool

        public var passed: Bool { failures.isEmpty }
    }

    /// The date examples are evaluated on when they name none.
    public var asOf: CalendarDate

    public init(asOf: CalendarDate = RuleExampleRunner.defaultAsOf) {
        self.asOf = asOf
    }

    /// Outcomes for every checker of `plugins`, in plugin and checker order.
    public func run(_ plugins: [CheckerPlugin]) -> [Outcome] {
        plugins.flatMap { plugin in plugin.checkers.map { test($0, pluginID: plugin.id) } }
    }

    /// The outcome for one checker.
    public func test(_ checker: any Checker, pluginID: String) -> Outcome {
        let examples = checker.description.examples
        var failures: [String] = []
        var pluginFailed = false
        if !examples.contains(where: { $0.expectation == .fail }) {
            failures.append("checker \(checker.id) has no fail example (a checker that never reports is a bug)")
        }
        for (number, example) in examples.enumerated() {
            let place = "\(example.location.file):\(example.location.line)"
                + (example.note.map { " (\($0))" } ?? "")
            do {
                let problems = try run(example, number: number + 1, on: checker)
                failures += problems.map { "\(place): \($0)" }
            } catch let failure as CheckerFailure {
                pluginFailed = true
                failures.append("\(place): \(failure)")
            } catch let problem as ExampleProblem {
                failures.append("\(place): \(problem.message)")
            } catch {
                failures.append("\(place): the checker threw \(error)")
            }
        }
        return Outcome(checkerID: checker.id, pluginID: pluginID, exampleCount: examples.count, failures: failures, pluginFailed: pluginFailed)
    }

    /// What is wrong with the checker's answer to one example (empty: it is right).
    private func run(_ example: CheckerExample, number: Int, on checker: any Checker) throws -> [String] {
        let written = try document(example.record, what: "record")
        let completed = ExampleCompletion.complete(written, kind: checker.kinds.count == 1 ? checker.kinds[0] : nil,
                                                   discipline: checker.disciplines.first ?? "general", id: "EX-\(checker.id)-\(number)")
        let file = example.recordFile ?? "\(example.location.file)#example@\(example.location.line)"
        let outcome = RecordValidator().validate(completed, file: file)
        let invalid = outcome.issues.filter { $0.problem.severity == .error }
        guard let record = outcome.record, invalid.isEmpty else {
            let detail = invalid.map { "\($0.problem.rawValue) \($0.message)" }.joined(separator: "; ")
            throw ExampleProblem("the \(example.expectation.rawValue) example is not a valid record: \(detail.isEmpty ? "no metadata.id" : detail)")
        }
        if !checker.kinds.isEmpty, !checker.kinds.contains(record.kind) {
            throw ExampleProblem("the example is a \(record.kind.rawValue); \(checker.id) reads \(checker.kinds.map(\.rawValue).joined(separator: ", "))")
        }
        let (options, issues) = OptionsValidator.validate(try example.options.map { try document($0, what: "options") }, against: checker.optionsSchema)
        if !issues.isEmpty {
            throw ExampleProblem("the example's options do not fit \(checker.id): \(issues.map(\.message).joined(separator: "; "))")
        }
        let context = EvaluationContext(record: record, parameters: [:], asOf: example.asOf ?? asOf, index: RecordIndex([record]))
        let findings = try checker.check(batch: [CheckerRequest(record: record, options: options, context: context)]).first?.get() ?? []
        let shown = findings.map { "\($0.path ?? "-"): \($0.message)" }.joined(separator: " | ")
        switch example.expectation {
        case .pass:
            return findings.isEmpty ? [] : ["pass example gave \(findings.count) finding\(findings.count == 1 ? "" : "s"): \(shown)"]
        case .fail:
            var problems: [String] = []
            if findings.isEmpty {
                problems.append("fail example gave no finding")
            } else if let expected = example.findingCount, findings.count != expected {
                problems.append("fail example gave \(findings.count) findings, expected \(expected): \(shown)")
            }
            let paths = Set(findings.compactMap(\.path))
            for path in example.paths where !paths.contains(path) {
                problems.append("fail example expected a finding at \(path), found \(paths.sorted().joined(separator: ", "))")
            }
            for text in example.messages where !findings.contains(where: { $0.message.contains(text) }) {
                problems.append("fail example expected a message containing '\(text)': \(shown)")
            }
            return problems
        }
    }

    /// A YAML text read into a value, or a value as it is.
    private func document(_ source: CheckerExample.Document, what: String) throws -> Value {
        switch source {
        case .value(let value):
            return value
        case .yaml(let text):
            let output = Data(text.utf8).withUnsafeBytes { YAMLReader().read($0) }
            if let issue = output.issues.first {
                throw ExampleProblem("the example's \(what) is not valid YAML: \(issue.message) at \(issue.position)")
            }
            return output.documents.first ?? Value(.mapping(Mapping()))
        }
    }
}

/// Why an example could not be run.
private struct ExampleProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
