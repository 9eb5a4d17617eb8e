public import PlumbCore

/// A decision to accept a rule's findings on a record or a set of files (豁免): from the waivers file
/// or from a record's own `metadata.waivers`. It needs a reason and an approver, and should expire.
public struct Waiver: Sendable {
    /// Where the waiver is written.
    public enum Origin: Sendable, Hashable {
        /// The project's waivers file.
        case waiversFile
        /// `metadata.waivers` of the record `id` in `file`: it covers only that record.
        case record(id: String, file: String)
    }

    /// Rule id, `*` allowed (`RH-DATE-*`).
    let rule: Wildcard
    /// Record id, `*` allowed; for a record's own waiver, that record.
    let record: Wildcard?
    /// Files the waiver covers, relative to the project root.
    let path: Glob?
    /// Why the finding is accepted.
    public let reason: String
    /// Who approved the waiver.
    public let approvedBy: String
    /// The last day the waiver holds.
    public let expires: CalendarDate?
    /// The tracking ticket.
    public let ticket: String?
    /// The waivers file, or the record that carries it.
    public let origin: Origin
    /// Where the waiver starts (a list item).
    public let location: SourceLocation
    /// Where its `rule` is written (unused waivers point here).
    let ruleLocation: SourceLocation
    /// Where its `expires` date is written (expired waivers point here).
    let expiresLocation: SourceLocation?

    init(rule: String, record: String?, path: Glob?, reason: String, approvedBy: String, expires: CalendarDate?, ticket: String?,
         origin: Origin, location: SourceLocation, ruleLocation: SourceLocation, expiresLocation: SourceLocation?) {
        self.rule = Wildcard(rule)
        self.record = record.map(Wildcard.init)
        self.path = path
        self.reason = reason
        self.approvedBy = approvedBy
        self.expires = expires
        self.ticket = ticket
        self.origin = origin
        self.location = location
        self.ruleLocation = ruleLocation
        self.expiresLocation = expiresLocation
    }

    /// The rule id as written.
    public var ruleId: String { rule.pattern }

    /// Whether the waiver has passed its expiry date on `asOf` (it holds through the day it names).
    public func isExpired(asOf: CalendarDate) -> Bool { expires.map { $0 < asOf } ?? false }

    /// What the finding carries when this waiver covers it.
    var note: WaiverNote {
        WaiverNote(reason: reason, approvedBy: approvedBy, expires: expires?.description, ticket: ticket, location: location)
    }

    /// `RH-DATE-004 for record HZ-1`, `record/unknown-field for path legacy/**`.
    var target: String {
        switch origin {
        case .record(let id, _): return "\(rule.pattern) on record \(id)"
        case .waiversFile:
            var parts: [String] = []
            if let record { parts.append("record \(record.pattern)") }
            if let path { parts.append("path \(path.pattern)") }
            return "\(rule.pattern) for \(parts.joined(separator: " in "))"
        }
    }

    /// Whether the waiver covers `finding`; `root` is the folder `path` globs are relative to.
    func covers(_ finding: Finding, root: String) -> Bool {
        guard rule.matches(finding.ruleId) else { return false }
        switch origin {
        case .record(let id, let file):
            return finding.recordId == id && finding.location.file == file
        case .waiversFile:
            if let record {
                guard let recordId = finding.recordId, record.matches(recordId) else { return false }
            }
            if let path {
                guard path.matches(ProjectPath.relative(finding.location.file, to: root) ?? finding.location.file) else { return false }
            }
            return true
        }
    }
}
