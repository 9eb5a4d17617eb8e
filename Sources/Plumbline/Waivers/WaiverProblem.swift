public import PlumbCore

/// The findings waivers themselves produce, with their stable rule ids (STYLE.md §7).
public enum WaiverProblem: String, Sendable, CaseIterable {
    case expired = "waiver/expired"
    case unused = "waiver/unused"
    case invalid = "waiver/invalid"

    /// The severity of the finding.
    public var severity: Severity {
        switch self {
        case .expired, .invalid: .error
        case .unused: .info
        }
    }

    /// One line describing the check, for rule lists and SARIF.
    public var summary: String {
        switch self {
        case .expired: "A waiver's expiry date has passed: it waives nothing until it is renewed."
        case .unused: "A waiver matched no finding: the problem is fixed or the waiver is mistyped; remove or correct it."
        case .invalid: "A waiver is malformed: it needs a rule, a record or path, a reason and an approver."
        }
    }

    /// What to do about it.
    public var help: String {
        switch self {
        case .expired: "Fix the finding, or renew the waiver with a new approval and a later 'expires' date."
        case .unused: "Delete the waiver, or correct its rule id, record id or path."
        case .invalid: "Give every waiver 'rule', 'record' (id) or 'path' (glob), 'reason' and 'approvedBy'; 'expires' is an ISO date."
        }
    }
}
