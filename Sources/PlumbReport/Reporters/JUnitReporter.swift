public import PlumbCore

/// JUnit XML, as CI servers show test results (GitLab `artifacts:reports:junit`, Jenkins `junit`).
///
/// One test suite per file, one test case per record, a `<failure>` per finding on the record.
/// Findings outside any record (a file that is not YAML) form a test case named after the file.
/// Waived findings do not fail their test case; they are listed in its `<system-out>`.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"

    public init() {}

    /// One test case: a record, or the file itself.
    private struct Case {
        var name: String
        var line: Int
        var recordId: String?
        var findings: [Finding] = []

        var failures: [Finding] { findings.filter { !$0.isWaived } }
        var waived: [Finding] { findings.filter(\.isWaived) }
    }

    public func report(_ result: CheckResult) -> String {
        var files: [String] = []
        var cases: [String: [Case]] = [:]
        for record in result.records {
            if cases[record.location.file] == nil { files.append(record.location.file) }
            cases[record.location.file, default: []].append(Case(name: "\(record.kind.rawValue) \(record.id)", line: record.location.line, recordId: record.id))
        }
        for finding in result.shownFindings {
            let file = finding.location.file
            if cases[file] == nil { files.append(file) }
            var fileCases = cases[file] ?? []
            if let index = fileCases.firstIndex(where: { $0.recordId != nil && $0.recordId == finding.recordId }) {
                fileCases[index].findings.append(finding)
            } else if let index = fileCases.firstIndex(where: { $0.recordId == nil }) {
                fileCases[index].findings.append(finding)
            } else {
                fileCases.insert(Case(name: "(file) \(file)", line: 1, recordId: nil, findings: [finding]), at: 0)
            }
            cases[file] = fileCases
        }
        files.sort()
        let total = cases.values.reduce(0) { $0 + $1.count }
        let failed = cases.values.reduce(0) { $0 + $1.filter { !$0.failures.isEmpty }.count }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<testsuites name=\"plumb\" tests=\"\(total)\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\">",
        ]
        for file in files {
            let fileCases = cases[file] ?? []
            let fileFailed = fileCases.filter { !$0.failures.isEmpty }.count
            lines.append("  <testsuite name=\"\(Markup.escape(file))\" tests=\"\(fileCases.count)\" failures=\"\(fileFailed)\" errors=\"0\" skipped=\"0\">")
            for testCase in fileCases {
                let open = "    <testcase classname=\"\(Markup.escape(file))\" name=\"\(Markup.attribute(testCase.name))\" file=\"\(Markup.escape(file))\" line=\"\(testCase.line)\""
                if testCase.findings.isEmpty {
                    lines.append(open + "/>")
                    continue
                }
                lines.append(open + ">")
                for finding in testCase.failures {
                    lines.append("      <failure type=\"\(finding.severity.rawValue)\" message=\"\(Markup.attribute("[\(finding.ruleId)] \(finding.message)"))\">\(Markup.escape(detail(finding)))</failure>")
                }
                if !testCase.waived.isEmpty {
                    let text = testCase.waived.map { "\(detail($0))\nwaived: \($0.waiver?.summary ?? "")" }.joined(separator: "\n\n")
                    lines.append("      <system-out>\(Markup.escape(text))</system-out>")
                }
                lines.append("    </testcase>")
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The body of a failure: the grep-able line, then reference and help.
    private func detail(_ finding: Finding) -> String {
        let location = finding.location
        var text = "\(location.file):\(location.line):\(location.column): \(finding.severity.rawValue): [\(finding.ruleId)] \(finding.message)"
        if let path = location.path { text += "\nfield: \(path)" }
        if let reference = finding.reference { text += "\nreference: \(reference)" }
        if let remediation = finding.remediation { text += "\nhelp: \(remediation)" }
        return text
    }
}
