import Foundation
import PlumbCore
import PlumbLoad

/// Records for KPI tests, written as YAML and loaded through the real reader and validator.
enum KPIFixtures {
    static func records(_ yaml: String) -> [Record] {
        let outcome = SubmissionReader().read(data: Data(yaml.utf8), file: "kpi.yaml")
        precondition(outcome.findings.isEmpty, "fixture is not valid: \(outcome.findings.map(\.message))")
        return outcome.records
    }

    /// A hazard ticket found on `date`, due `deadline`, closed on `closedAt` (nil: still open).
    static func ticket(_ id: String, project: String = "南湖站", level: String = "general", date: String, deadline: String, closedAt: String? = nil, owner: String = "周伟") -> String {
        """
        ---
        apiVersion: plumbline/v1
        kind: HazardTicket
        metadata: {id: \(id), project: \(project), discipline: general, date: \(date)}
        spec:
          level: \(level)
          description: 隐患\(id)
          status: \(closedAt == nil ? "open" : "closed")
          rectification: {measures: 整改, owner: \(owner), funds: 100, deadline: \(deadline), contingency: 停工}
        \(closedAt.map { "  closedAt: \($0)" } ?? "")

        """
    }

    static let asOf = CalendarDate(iso: "2026-11-27")!
}
