import Foundation
import PlumbLoad
import Plumbline

/// What Plumbline is timed doing: reading and validating the corpus, alone and as the whole `plumb check` pipeline.
enum PlumblinePasses {
    /// Records and findings a pass produced.
    struct Tally {
        var records = 0
        var findings: [Finding] = []
    }

    /// The date the full check treats as today.
    static let asOf = CalendarDate(iso: "2026-11-27")!

    /// `SubmissionReader.read(data:file:)` over every file's in-memory bytes, on this thread.
    ///
    /// Every outcome is handed back (as `plumb check` keeps every record for the run-wide checks until it
    /// exits), so building the trees is timed and their memory counts in the peak, but freeing them is not timed.
    static func readAndValidate(_ files: [SyntheticCorpus.File]) -> [SubmissionReader.FileOutcome] {
        let reader = SubmissionReader()
        var outcomes: [SubmissionReader.FileOutcome] = []
        outcomes.reserveCapacity(files.count)
        for file in files {
            outcomes.append(reader.read(data: file.bytes, file: file.path))
        }
        return outcomes
    }

    /// How many records and which findings the outcomes hold.
    static func tally(_ outcomes: [SubmissionReader.FileOutcome]) -> Tally {
        var tally = Tally()
        for outcome in outcomes {
            tally.records += outcome.records.count
            tally.findings += outcome.findings
        }
        return tally
    }

    /// The public facade on the folder: walk, read from disk, validate in parallel, run-wide checks, sort.
    /// The evaluation keeps the records, as the CLI does until it exits (see ``readAndValidate(_:)``).
    static func fullCheck(folder: String, jobs: Int, engine: RuleEngine = RuleEngine(packs: [])) -> SubmissionCheck.Evaluation {
        SubmissionCheck(options: CheckOptions(paths: [folder], asOf: asOf, jobs: jobs), engine: engine).evaluate()
    }

    /// The compiled rule packs under `path`, as `plumb check --only-rules path` would load them.
    static func engine(rules path: String) throws -> RuleEngine {
        let catalog = RuleCatalog(selection: RuleSelection(shippedRules: path))
        guard catalog.errors.isEmpty else {
            throw BenchError("the rule packs under \(path) do not load:\n" + catalog.errors.map(\.description).joined(separator: "\n"))
        }
        return catalog.engine
    }

    /// The first few findings, one line each, for a report that the data was not valid.
    static func describe(_ findings: [Finding], limit: Int = 5) -> String {
        findings.prefix(limit).map {
            "  \($0.location.file):\($0.location.line):\($0.location.column) \($0.ruleId) \($0.message)"
        }.joined(separator: "\n")
    }
}
