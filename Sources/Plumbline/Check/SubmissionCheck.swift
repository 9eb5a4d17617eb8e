import Foundation
public import PlumbCore
import PlumbLoad

/// The `plumb check` pipeline: walk paths, read and validate every file, run the rules, then apply
/// the project's decisions (severity overrides, disabled rules, `--changed-since` scope, waivers,
/// baseline) and gather what reporters show.
///
/// The one entry point the CLI and tests call; it never prints and never exits.
public struct SubmissionCheck: Sendable {
    /// A run's result, and its findings as a baseline (for `--write-baseline`).
    public struct Evaluation: Sendable {
        /// What reporters show and the exit code is decided from.
        public var result: CheckResult
        /// Every finding of the run before `--baseline` filtered it, waived ones left out.
        public var currentBaseline: Baseline
        /// Every validated record of the run (for review and KPI commands).
        public var records: [Record]
        /// Time per rule, slowest first, when ``CheckOptions/profile`` asked for it.
        public var ruleTimings: [RuleTiming] = []
    }

    public var options: CheckOptions
    /// The compiled rules to run on every record (none: records are only validated).
    public var engine: RuleEngine

    public init(options: CheckOptions, engine: RuleEngine = RuleEngine(packs: [])) {
        self.options = options
        self.engine = engine
    }

    /// Every rule findings may name (after severity overrides), for reporters and configuration checks.
    public var rules: [RuleSummary] { options.adjustments.apply(to: RuleSummaries.all(packs: engine.packs)) }

    /// Runs the check. Unreadable paths are reported in the result, not thrown: the rest is still checked.
    public func run() -> CheckResult { evaluate().result }

    /// Runs the check and also returns the validated records (for review and KPI commands).
    public func runKeepingRecords() -> (result: CheckResult, records: [Record]) {
        let evaluation = evaluate()
        return (evaluation.result, evaluation.records)
    }

    /// Runs the check and also returns the run's findings as a baseline.
    public func evaluate() -> Evaluation {
        let walk = FileWalker().files(under: options.paths)
        var unreadable = walk.failures.map { UnreadablePath(path: $0.path, reason: $0.reason) }
        let named = Set(options.paths)
        let files = walk.files.filter { named.contains($0) || options.fileSelection.selects($0) }
        let reader = SubmissionReader()
        let outcomes = files.parallelMap(jobs: options.jobs) { file -> Result<SubmissionReader.FileOutcome, UnreadablePath> in
            do {
                return .success(try reader.read(path: file))
            } catch {
                return .failure(UnreadablePath(path: file, reason: "cannot be read (\(error.localizedDescription))"))
            }
        }
        var findings: [Finding] = []
        var records: [Record] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let file):
                findings += file.findings
                records += file.records
            case .failure(let failure):
                unreadable.append(failure)
            }
        }
        findings += RunIndexCheck.duplicateIDs(in: records)
        let scope = options.changes.map { ChangeScope(changes: $0, files: files, records: records) }
        let checked = scope?.records ?? records
        // Reference checklists (shipped, --checklists): visible to rules, never reported on or counted;
        // a broken one makes the run incomplete (exit 2). Submitted records come first, so a submitted
        // checklist wins over a shipped one of the same id.
        let reference = ChecklistLibrary(paths: options.referencePaths)
        unreadable += reference.errors.map { UnreadablePath(path: $0.location.file, reason: "reference checklist: \($0)") }
        // Submitted checklists are in `records` already; only their alias copies are added, and an alias that
        // a submitted record has as its id names that record (looked up through a set, and only when there
        // are aliases: most runs have none).
        var submittedAliases = ChecklistLibrary(records: records).aliasRecords
        if !submittedAliases.isEmpty {
            let submittedIDs = Set(records.map(\.id))
            submittedAliases.removeAll { submittedIDs.contains($0.id) }
        }
        let evaluated = evaluateRules(on: checked, index: RecordIndex(records + submittedAliases + reference.indexRecords))
        findings += evaluated.findings
        findings = options.adjustments.apply(to: findings)
        if let scope { findings = findings.filter(scope.contains) }

        let rules = self.rules
        let waivers = WaiverApplication(
            waivers: options.waivers.waivers + checked.flatMap(WaiverFileReader.inline),
            root: options.waivers.root, asOf: options.asOf, knownRules: Set(rules.map(\.id))
        )
        let root = options.waivers.root
        findings = waivers.apply(to: findings, inScope: { scope?.covers($0, root: root) ?? true }) + options.waivers.findings
        findings = options.adjustments.apply(to: findings)

        let currentBaseline = Baseline(findings: findings.sorted())
        var comparison: BaselineComparison?
        if let baseline = options.baseline { (findings, comparison) = baseline.filter(findings) }
        findings.sort()
        let shown = findings.filter { $0.severity >= options.shownSeverity }
        let result = CheckResult(
            findings: findings,
            recordCount: checked.count,
            fileCount: scope?.files.count ?? files.count,
            asOf: options.asOf,
            unreadablePaths: unreadable,
            rules: rules,
            records: checked.map { CheckedRecord(id: $0.id, kind: $0.kind, location: SourceLocation(file: $0.file, position: $0.position)) }
                .sorted { ($0.location, $0.id) < ($1.location, $1.id) },
            sourceLines: SourceExcerptReader.excerpts(for: shown),
            shownSeverity: options.shownSeverity,
            baseline: comparison,
            changedSince: options.changes?.revision,
            pluginFailures: evaluated.failures
        )
        return Evaluation(result: result, currentBaseline: currentBaseline, records: records, ruleTimings: evaluated.timings)
    }

    /// Every rule on every record, spread over the worker threads; order is restored by sorting.
    private func evaluateRules(on records: [Record], index: RecordIndex) -> RuleEngine.BatchOutcome {
        guard engine.ruleCount > 0 else { return RuleEngine.BatchOutcome(findings: [], failures: []) }
        let engine = self.engine
        let (asOf, explain, profile) = (options.asOf, options.explain, options.profile)
        // Batches keep the per-task overhead small next to the work of one record, and are what an external
        // plugin receives in one message.
        let batches = stride(from: 0, to: records.count, by: 64).map { Array(records[$0..<min($0 + 64, records.count)]) }
        let outcomes = batches.parallelMap(jobs: options.jobs) { batch in
            engine.findings(for: batch, asOf: asOf, index: index, explain: explain, profile: profile)
        }
        var failures: [CheckerFailure] = []
        for failure in outcomes.flatMap(\.failures) where !failures.contains(failure) { failures.append(failure) }
        return RuleEngine.BatchOutcome(findings: outcomes.flatMap(\.findings), failures: failures,
                                       timings: RuleTiming.merged(outcomes.map(\.timings)))
    }
}
