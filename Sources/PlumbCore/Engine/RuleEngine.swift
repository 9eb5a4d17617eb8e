import Foundation

/// Runs compiled rules over records.
///
/// Rules are indexed by kind and discipline once, so a record is only ever offered the rules that can
/// match it. The engine is a value shared by worker threads; each call evaluates one record.
public struct RuleEngine: Sendable {
    /// A rule with the pack facts its findings carry.
    ///
    /// A class: the index hands the same rules to every record, and copying a reference is one retain where
    /// copying a ``Rule`` would retain each of its fields.
    final class IndexedRule: Sendable {
        let rule: Rule
        let pack: String
        let parameters: [String: Value]
        /// The parts read for every record, held apart so reading them never copies the whole ``Rule``.
        let when: CompiledExpression?
        let assertion: CompiledExpression?
        let match: RuleMatch
        /// Most rules have no `where` selectors; testing this flag first spares copying ``match`` per record
        /// (about 1 % of rule time in callgrind).
        let hasFieldSelectors: Bool

        init(rule: Rule, pack: String, parameters: [String: Value]) {
            self.rule = rule
            self.pack = pack
            self.parameters = parameters
            when = rule.when
            assertion = rule.assertion
            match = rule.match
            hasFieldSelectors = !rule.match.fields.isEmpty
        }
    }

    /// A classification case with its pack's parameters; a class for the reason ``IndexedRule`` is: every
    /// method statement walks the cases, and copying a ``ClassificationCase`` retained each of its texts.
    final class IndexedClassification: Sendable {
        let entry: ClassificationCase
        let parameters: [String: Value]
        let when: CompiledExpression
        let discipline: String?
        let level: HazardClass

        init(entry: ClassificationCase, parameters: [String: Value]) {
            self.entry = entry
            self.parameters = parameters
            when = entry.when
            discipline = entry.discipline
            level = entry.level
        }
    }

    /// Engine-level rule ids (failures of a rule itself, not of the record).
    public static let evaluationErrorRuleID = "rule/evaluation-error"
    /// A checker (plugin) failed, so a rule was not run on a record: the run is incomplete (exit 2).
    public static let pluginFailureRuleID = "plugin/failure"

    private let byKind: [RecordKind: [String: [IndexedRule]]]
    /// Classification cases of every pack, with their pack's parameters.
    private let classifications: [IndexedClassification]
    /// Every rule of every pack, in load order.
    public let packs: [RulePack]

    /// The `--profile` row for the 危大 classification of method statements (every pack's cases together).
    public static let classificationTimingID = "(classification)"

    /// Key used in the index for rules that match every discipline.
    private static let anyDiscipline = "*"

    public init(packs: [RulePack]) {
        self.packs = packs
        var byKind: [RecordKind: [String: [IndexedRule]]] = [:]
        for pack in packs {
            for rule in pack.rules {
                let indexed = IndexedRule(rule: rule, pack: pack.reference, parameters: pack.parameterValues)
                for kind in rule.match.kinds {
                    for discipline in rule.match.disciplines.map(Array.init) ?? [Self.anyDiscipline] {
                        byKind[kind, default: [:]][discipline, default: []].append(indexed)
                    }
                }
            }
        }
        // Each discipline's list also holds the rules for every discipline, so a record's candidates are one look-up.
        for (kind, table) in byKind {
            let general = table[Self.anyDiscipline] ?? []
            for (discipline, specific) in table where discipline != Self.anyDiscipline {
                byKind[kind]?[discipline] = general + specific
            }
        }
        self.byKind = byKind
        classifications = packs.flatMap { pack in pack.classifications.map { IndexedClassification(entry: $0, parameters: pack.parameterValues) } }
    }

    /// The 危大 classification of a method statement: the highest level any case reaches, with its reasons.
    public func classify(_ record: Record, asOf: CalendarDate, index: RecordIndex) -> Classification? {
        guard record.kind == .methodStatement else { return nil }
        var level = HazardClass.standard
        var reasons: [Classification.Reason] = []
        let scope = EvaluationScope(context: EvaluationContext(record: record, parameters: [:], asOf: asOf, index: index), explain: false)
        let discipline = record.discipline
        for indexed in classifications where indexed.discipline == nil || indexed.discipline == discipline {
            scope.use(parameters: indexed.parameters)
            guard (try? indexed.when.truth(in: scope)) == true, indexed.level >= level else { continue }
            let entry = indexed.entry
            let context = scope.context
            if entry.level > level {
                level = entry.level
                reasons = []
            }
            reasons.append(.init(caseID: entry.id, text: entry.reason.render(context), reference: entry.reference?.text))
        }
        return Classification(level: level, reasons: reasons)
    }

    /// Number of rules across packs.
    public var ruleCount: Int { packs.reduce(0) { $0 + $1.rules.count } }

    /// The rules that may apply to a record of `kind` and `discipline`.
    func candidates(kind: RecordKind, discipline: String?) -> [IndexedRule] {
        guard let table = byKind[kind] else { return [] }
        return discipline.flatMap { table[$0] } ?? table[Self.anyDiscipline] ?? []
    }

    /// Every finding of every applicable rule on one record. Failures inside a rule become findings naming it.
    public func findings(for record: Record, asOf: CalendarDate, index: RecordIndex, explain: Bool = false) -> [Finding] {
        findings(for: [record], asOf: asOf, index: index, explain: explain).findings
    }

    /// What a batch of records gave: the findings, and the checker failures that left checks undone.
    public struct BatchOutcome: Sendable {
        public var findings: [Finding]
        /// Distinct failures of checkers (plugins) met in the batch; each also left a `plugin/failure` finding.
        public var failures: [CheckerFailure]
        /// Time per rule, when asked for (`profile`), in the order rules were first met.
        public var timings: [RuleTiming]

        public init(findings: [Finding], failures: [CheckerFailure], timings: [RuleTiming] = []) {
            self.findings = findings
            self.failures = failures
            self.timings = timings
        }
    }

    /// Every finding of every applicable rule on each record of `records`.
    ///
    /// Assertions are evaluated record by record; checker calls are gathered and handed to each checker as
    /// one batch, so an external plugin answers the whole batch in one exchange.
    ///
    /// With `profile`, each rule's evaluations are timed on the monotonic clock (``BatchOutcome/timings``).
    public func findings(for records: [Record], asOf: CalendarDate, index: RecordIndex, explain: Bool = false, profile: Bool = false) -> BatchOutcome {
        var findings: [Finding] = []
        var timer = RuleTimer(isOn: profile)
        var pending: [String: (checker: any Checker, calls: [(candidate: IndexedRule, request: CheckerRequest)])] = [:]
        var checkerOrder: [String] = []
        // One per batch (one thread): records looked up by many (checklists) have their texts built once.
        let lookupTexts = LookupTexts()
        for record in records {
            let classifying = record.kind == .methodStatement && !classifications.isEmpty ? timer.start() : nil
            let level = classifications.isEmpty ? nil : classify(record, asOf: asOf, index: index)?.level
            if let classifying { timer.addClassification(since: classifying) }
            // One scope per record: each rule only swaps in its pack's parameters.
            let scope = EvaluationScope(
                context: EvaluationContext(record: record, parameters: [:], asOf: asOf, index: index, classification: level), explain: false,
                lookupTexts: lookupTexts)
            for candidate in candidates(kind: record.kind, discipline: record.discipline)
            where !candidate.hasFieldSelectors || candidate.match.selects(record) {
                let start = timer.start()
                defer { if let start { timer.add(candidate, since: start) } }
                scope.use(parameters: candidate.parameters)
                if let check = candidate.rule.check {
                    let context = scope.context
                    do {
                        if let when = candidate.when, try when.truth(in: scope) != true { continue }
                    } catch {
                        findings.append(evaluationFailure(candidate, record: record, error: error))
                        continue
                    }
                    let id = check.checker.id
                    if pending[id] == nil {
                        pending[id] = (check.checker, [])
                        checkerOrder.append(id)
                    }
                    pending[id]!.calls.append((candidate, CheckerRequest(record: record, options: check.options, context: context)))
                } else {
                    findings += evaluate(candidate, on: record, scope: scope, explain: explain)
                }
            }
        }
        var failures: [CheckerFailure] = []
        for id in checkerOrder {
            guard let (checker, calls) = pending[id] else { continue }
            let results = checker.check(batch: calls.map(\.request))
            for (offset, call) in calls.enumerated() {
                let record = call.request.record
                let result: Result<[CheckerFinding], any Error> = offset < results.count
                    ? results[offset] : .failure(CheckerFailure(plugin: id, reason: "gave no result for a record"))
                switch result {
                case .success(let problems):
                    findings += problems.map { problem in
                        finding(call.candidate.rule, call.candidate.pack, record: record, message: problem.message, path: problem.path, explain: nil)
                    }
                case .failure(let failure as CheckerFailure):
                    if !failures.contains(failure) { failures.append(failure) }
                    var lost = finding(call.candidate.rule, call.candidate.pack, record: record,
                                       message: "\(failure); rule \(call.candidate.rule.id) (check \(id)) was not run on this record", path: nil, explain: nil)
                    lost.ruleId = Self.pluginFailureRuleID
                    lost.severity = .error
                    findings.append(lost)
                case .failure(let error):
                    findings.append(evaluationFailure(call.candidate, record: record, error: error))
                }
            }
        }
        return BatchOutcome(findings: findings, failures: failures, timings: timer.results)
    }

    private func evaluate(_ candidate: IndexedRule, on record: Record, scope: EvaluationScope, explain: Bool) -> [Finding] {
        do {
            if let when = candidate.when, try when.truth(in: scope) != true { return [] }
            guard let assertion = candidate.assertion else { return [] }
            var readings: [FieldReading]?
            let holds: Bool?
            if explain {
                let (value, reads) = try assertion.evaluateExplaining(scope.context)
                holds = try ValueOperations.truth(value)
                readings = reads.map { FieldReading(path: $0.path, value: $0.value.displayText) }
            } else {
                holds = try assertion.truth(in: scope)
            }
            // Null (unknown: a field is missing) passes; rules require fields with has().
            guard holds == false else { return [] }
            let rule = candidate.rule
            return [finding(rule, candidate.pack, record: record, message: rule.message.render(in: scope), path: assertion.primaryPath, explain: readings)]
        } catch {
            return [evaluationFailure(candidate, record: record, error: error)]
        }
    }

    /// The `rule/evaluation-error` finding for a rule that failed on a record.
    private func evaluationFailure(_ candidate: IndexedRule, record: Record, error: any Error) -> Finding {
        let rule = candidate.rule
        let detail = (error as? EvaluationError)?.message ?? "\(error)"
        var failure = finding(rule, candidate.pack, record: record, message: "rule \(rule.id) could not be evaluated on this record: \(detail)",
                              path: rule.assertion?.primaryPath, explain: nil)
        failure.ruleId = Self.evaluationErrorRuleID
        failure.severity = .error
        return failure
    }

    private func finding(_ rule: Rule, _ pack: String, record: Record, message: String, path: String?, explain: [FieldReading]?) -> Finding {
        var location = SourceLocation(file: record.file, position: record.position)
        if let path {
            location = record.location(of: path)
            if record.value.value(at: path) == nil { location = nearestLocation(of: path, in: record) }
        }
        return Finding(
            ruleId: rule.id, severity: rule.severity, message: message, location: location, recordId: record.id,
            pack: pack, reference: rule.reference?.text, remediation: rule.remediation, explain: explain
        )
    }

    /// For a missing field, the closest written ancestor (so `spec.expertReview.experts` absent points at `spec.expertReview`).
    private func nearestLocation(of path: String, in record: Record) -> SourceLocation {
        var components = FieldPath.components(path)
        while !components.isEmpty {
            components.removeLast()
            let prefix = components.map { component -> String in
                switch component {
                case .key(let key): key
                case .index(let index): "[\(index)]"
                }
            }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
            if let value = record.value.value(at: prefix), !prefix.isEmpty {
                return SourceLocation(file: record.file, position: value.position, path: path)
            }
        }
        return SourceLocation(file: record.file, position: record.position, path: path)
    }
}
