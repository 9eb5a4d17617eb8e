import PlumbCore

/// Marks the findings waivers cover, and reports waivers that expired or matched nothing.
///
/// An expired waiver (its `expires` before `--as-of`) waives nothing and is an error; a waiver that
/// covered no finding is an info. Waiver findings are never waived themselves.
struct WaiverApplication {
    let waivers: [Waiver]
    /// The folder waiver `path` globs are relative to.
    let root: String
    let asOf: CalendarDate
    /// Every rule id the run knows, for "did you mean" on unused waivers.
    let knownRules: Set<String>

    /// `findings` with covered ones marked waived, followed by findings about the waivers;
    /// `inScope` says which waivers to report on (all, except with `--changed-since`).
    func apply(to findings: [Finding], inScope: (Waiver) -> Bool) -> [Finding] {
        var output = findings
        var used = Array(repeating: false, count: waivers.count)
        let active = waivers.indices.filter { !waivers[$0].isExpired(asOf: asOf) }
        for index in output.indices where !output[index].ruleId.hasPrefix("waiver/") {
            guard let match = active.first(where: { waivers[$0].covers(output[index], root: root) }) else { continue }
            output[index].waiver = waivers[match].note
            used[match] = true
        }
        for (index, waiver) in waivers.enumerated() where inScope(waiver) {
            if waiver.isExpired(asOf: asOf), let expires = waiver.expires {
                output.append(finding(.expired, waiver, at: waiver.expiresLocation ?? waiver.location, message:
                    "the waiver of \(waiver.target) expired on \(expires) (as of \(asOf)): it waives nothing; fix the finding or renew the waiver"))
            } else if !used[index] {
                var message = "the waiver of \(waiver.target) matched no finding; remove it"
                if !waiver.rule.isPattern, !knownRules.contains(waiver.ruleId) {
                    message += "; no rule '\(waiver.ruleId)' is loaded\(Suggestion.hint(for: waiver.ruleId, among: knownRules.sorted()))"
                }
                output.append(finding(.unused, waiver, at: waiver.ruleLocation, message: message))
            }
        }
        return output
    }

    private func finding(_ problem: WaiverProblem, _ waiver: Waiver, at location: SourceLocation, message: String) -> Finding {
        var recordId: String?
        if case .record(let id, _) = waiver.origin { recordId = id }
        return Finding(ruleId: problem.rawValue, severity: problem.severity, message: message, location: location, recordId: recordId,
                       remediation: problem.help)
    }
}
