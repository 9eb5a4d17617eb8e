/// Why a finding is waived (豁免): the accepted reason, who approved it, until when, and where the waiver is written.
public struct WaiverNote: Sendable, Hashable, Codable {
    /// Why the finding is accepted (理由).
    public var reason: String
    /// Who approved the waiver (审批人).
    public var approvedBy: String
    /// The last day the waiver holds (ISO date), when it has one.
    public var expires: String?
    /// The tracking ticket, e.g. `TM-2026-118`.
    public var ticket: String?
    /// Where the waiver is written: a waivers file entry or a record's `metadata.waivers` item.
    public var location: SourceLocation

    public init(reason: String, approvedBy: String, expires: String? = nil, ticket: String? = nil, location: SourceLocation) {
        self.reason = reason
        self.approvedBy = approvedBy
        self.expires = expires
        self.ticket = ticket
        self.location = location
    }

    /// `reason (approved by 王强, expires 2027-01-31, ticket TM-118)`.
    public var summary: String {
        var facts = ["approved by \(approvedBy)"]
        if let expires { facts.append("expires \(expires)") }
        if let ticket { facts.append("ticket \(ticket)") }
        return "\(reason) (\(facts.joined(separator: ", ")))"
    }
}
