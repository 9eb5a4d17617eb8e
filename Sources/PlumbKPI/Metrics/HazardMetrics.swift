public import PlumbCore

/// Closure, timeliness and overdue figures of hazard tickets (domain.md §6).
public enum HazardMetrics {
    /// - closure: tickets with status `closed` (verified and 销号) / all tickets;
    /// - timeliness: tickets closed on or before their deadline / tickets that are due (deadline on or
    ///   before `asOf`, or already closed);
    /// - overdue: not closed and the deadline before `asOf`.
    public static func summarise(_ tickets: [Record], asOf: CalendarDate) -> HazardSummary {
        var closure = Rate(0, of: 0)
        var majorClosure = Rate(0, of: 0)
        var timeliness = Rate(0, of: 0)
        var overdue: [OverdueHazard] = []
        var daysToClose: [Int] = []
        for ticket in tickets where ticket.kind == .hazardTicket {
            let isClosed = ticket.text("spec.status") == "closed"
            let isMajor = ticket.text("spec.level") == "major"
            let deadline = ticket.date("spec.rectification.deadline")
            let closedAt = ticket.date("spec.closedAt")
            closure = closure + Rate(isClosed ? 1 : 0, of: 1)
            if isMajor { majorClosure = majorClosure + Rate(isClosed ? 1 : 0, of: 1) }
            if let deadline, isClosed || deadline <= asOf {
                timeliness = timeliness + Rate(isClosed && (closedAt.map { $0 <= deadline } ?? false) ? 1 : 0, of: 1)
            }
            if isClosed, let closedAt, let found = ticket.date("metadata.date") {
                daysToClose.append(closedAt.dayNumber - found.dayNumber)
            }
            if !isClosed, let deadline, deadline < asOf {
                overdue.append(OverdueHazard(
                    ticketID: ticket.id, project: ticket.project, level: ticket.text("spec.level") ?? "general",
                    description: ticket.text("spec.description"), owner: ticket.text("spec.rectification.owner"),
                    deadline: deadline.description, daysOverdue: asOf.dayNumber - deadline.dayNumber,
                    status: ticket.text("spec.status") ?? "open", file: ticket.file, line: Int(ticket.position.line)))
            }
        }
        overdue.sort { ($0.daysOverdue, $1.ticketID) > ($1.daysOverdue, $0.ticketID) }
        let mean = daysToClose.isEmpty ? nil : Double(daysToClose.reduce(0, +)) / Double(daysToClose.count)
        return HazardSummary(closure: closure, majorClosure: majorClosure, timeliness: timeliness, overdue: overdue, meanDaysToClose: mean)
    }
}
