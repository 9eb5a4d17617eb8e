import Foundation
public import PlumbCore
import PlumbLoad

/// The `plumb check` pipeline: walk paths, read and validate every file, check the run as a whole.
///
/// The one entry point the CLI and tests call; it never prints and never exits.
public struct SubmissionCheck: Sendable {
    public var options: CheckOptions
    /// The compiled rules to run on every record (none: records are only validated).
    public var engine: RuleEngine

    public init(options: CheckOptions, engine: RuleEngine = RuleEngine(packs: [])) {
        self.options = options
        self.engine = engine
    }

    /// Runs the check. Unreadable paths are reported in the result, not thrown: the rest is still checked.
    public func run() -> CheckResult {
        let walk = FileWalker().files(under: options.paths)
        var unreadable = walk.failures.map { UnreadablePath(path: $0.path, reason: $0.reason) }
        let reader = SubmissionReader()
        let outcomes = walk.files.parallelMap(jobs: options.jobs) { file -> Result<SubmissionReader.FileOutcome, UnreadablePath> in
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
        // Reference checklists: a broken one makes the run incomplete (exit 2), never a finding on the user's records.
        let reference = ChecklistLibrary(paths: options.referencePaths)
        unreadable += reference.errors.map { UnreadablePath(path: $0.location.file, reason: "reference checklist: \($0)") }
        findings += evaluateRules(on: records, reference: reference)
        return CheckResult(
            findings: findings.sorted(),
            recordCount: records.count,
            fileCount: walk.files.count,
            asOf: options.asOf,
            unreadablePaths: unreadable
        )
    }

    /// Every rule on every record, spread over the worker threads; order is restored by sorting.
    private func evaluateRules(on records: [Record], reference: ChecklistLibrary) -> [Finding] {
        guard engine.ruleCount > 0 else { return [] }
        // Submitted records first, so a submitted checklist wins over a shipped one of the same id.
        let submittedAliases = ChecklistLibrary(records: records).indexRecords.filter { alias in !records.contains { $0.id == alias.id } }
        let index = RecordIndex(records + submittedAliases + reference.indexRecords)
        let engine = self.engine
        let (asOf, explain) = (options.asOf, options.explain)
        // Batches keep the per-task overhead small next to the work of one record.
        let batches = stride(from: 0, to: records.count, by: 64).map { Array(records[$0..<min($0 + 64, records.count)]) }
        return batches.parallelMap(jobs: options.jobs) { batch in
            batch.flatMap { engine.findings(for: $0, asOf: asOf, index: index, explain: explain) }
        }.flatMap { $0 }
    }
}
