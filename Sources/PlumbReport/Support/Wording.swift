import PlumbCore

/// Words reporters share: counts, the run's one-line summary.
enum Wording {
    /// `1 error`, `3 errors`.
    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    /// `12 records in 8 files: 3 errors, 1 warning, 0 infos`, then `, 2 waived` and the baseline
    /// and `--show` notes when they apply.
    static func summary(_ result: CheckResult) -> String {
        var text = "\(scope(result)): "
            + "\(plural(result.count(.error), "error")), \(plural(result.count(.warning), "warning")), \(plural(result.count(.info), "info"))"
        if result.waivedCount > 0 { text += ", \(result.waivedCount) waived" }
        return ([text] + notes(result)).joined(separator: "; ")
    }

    /// `12 records in 8 files`.
    static func scope(_ result: CheckResult) -> String {
        "\(plural(result.recordCount, "record")) in \(plural(result.fileCount, "file"))"
    }

    /// What the counts leave out: the baseline comparison, findings `--show` hides, the `--changed-since` scope.
    static func notes(_ result: CheckResult) -> [String] {
        var notes: [String] = []
        if let baseline = result.baseline {
            notes.append("baseline \(baseline.file): \(baseline.new) new, \(baseline.unchanged) unchanged (not shown), \(baseline.fixed) fixed")
        }
        if result.hiddenCount > 0 {
            notes.append("\(plural(result.hiddenCount, "finding")) below \(result.shownSeverity.rawValue) not shown")
        }
        if let revision = result.changedSince { notes.append("records changed since \(revision) and those they reference") }
        return notes
    }

    /// `error`, or `error (waived)` for a waived finding (so `grep ': error:'` counts what fails the run).
    static func severityLabel(_ finding: Finding) -> String {
        finding.isWaived ? "\(finding.severity.rawValue) (waived)" : finding.severity.rawValue
    }
}
