import Foundation
public import PlumbCore
import PlumbLoad

/// Turns a finished run into its InspectionRecord and one HazardTicket per failed item, as YAML
/// that Plumbline's own validator accepts (checked before anything is written).
public enum RunRecordWriter {
    /// Days to rectify when the checklist's `onFail` does not say (company practice, domain.md §3).
    public static let defaultRectifyDays: [HazardLevel: Int] = [.general: 7, .major: 1]

    public struct Output: Sendable {
        /// The InspectionRecord document.
        public var inspection: String
        /// The HazardTicket documents (`---` between them); empty when nothing failed.
        public var tickets: String
        public var raised: [RaisedTicket]
        /// The InspectionRecord as validated, for scoring.
        public var inspectionRecord: Record
    }

    /// A record the run produced did not validate: a bug in Plumbline, reported rather than written.
    public struct InvalidOutput: Error, Sendable, CustomStringConvertible {
        public var findings: [Finding]
        public var description: String {
            "the record this run produced does not validate (please report it): "
                + findings.map { "\($0.location.line):\($0.location.column) [\($0.ruleId)] \($0.message)" }.joined(separator: "; ")
        }
    }

    public static func make(_ session: ChecklistRunSession) throws -> Output {
        let settings = session.state.settings
        let checklist = session.checklist
        var raised: [RaisedTicket] = []
        var items: [Value] = []
        for item in checklist.items {
            guard let answer = session.state.answers[item.id] else { continue }
            var fields: [(String, Value)] = [("id", text(item.id)), ("result", text(answer.result.rawValue))]
            if item.points != nil, answer.result != .na {
                fields.append(("deduction", Value(.number(answer.result == .pass ? 0 : answer.deduction ?? item.points ?? 0))))
            }
            if let note = answer.note { fields.append(("note", text(note))) }
            if !answer.evidence.isEmpty { fields.append(("evidence", Value(.list(ValueList(answer.evidence.map(text)))))) }
            if answer.result == .fail {
                let level = item.onFail?.hazardLevel ?? .general
                let days = item.onFail?.rectifyWithinDays ?? defaultRectifyDays[level] ?? 7
                let ticket = RaisedTicket(id: ticketID(record: settings.recordID, item: item.id), itemID: item.id, itemTitle: item.title,
                                          level: level, majorCriterion: item.onFail?.majorCriterion, deadline: settings.date.adding(days: days))
                raised.append(ticket)
                fields.append(("hazard", text(ticket.id)))
            }
            items.append(RunProgressCodec.mapping(fields))
        }
        var metadata: [(String, Value)] = [
            ("id", text(settings.recordID)), ("project", text(settings.project)), ("discipline", text(settings.discipline)),
            ("title", text("\(checklist.title ?? checklist.id)（\(settings.site)）")), ("date", Value(.date(settings.date))),
        ]
        if let inspector = settings.inspector { metadata.append(("author", text(inspector))) }
        var spec: [(String, Value)] = [("checklist", text(settings.checklist)), ("site", text(settings.site))]
        if let inspector = settings.inspector { spec.append(("inspector", text(inspector))) }
        spec.append(("items", Value(.list(ValueList(items)))))
        let inspection = RunProgressCodec.mapping([
            ("apiVersion", text("plumbline/v1")), ("kind", text("InspectionRecord")),
            ("metadata", RunProgressCodec.mapping(metadata)), ("spec", RunProgressCodec.mapping(spec)),
        ])
        let header = "# 检查记录：\(checklist.title ?? checklist.id)\(checklist.standard.map { "（\($0)）" } ?? "")，由 plumb checklist run 生成。\n"
        let inspectionText = header + YAMLEmitter.document(inspection)

        let ticketDocuments = raised.map { ticket -> String in
            let answer = session.state.answers[ticket.itemID]
            var ticketSpec: [(String, Value)] = [("level", text(ticket.level.rawValue))]
            if let criterion = ticket.majorCriterion, ticket.level == .major { ticketSpec.append(("majorCriterion", text(criterion))) }
            let description = answer?.note.map { "\(ticket.itemTitle)：\($0)" } ?? "\(ticket.itemTitle)不合格"
            ticketSpec += [
                ("description", text(description)), ("location", text(settings.site)), ("source", text(settings.recordID)),
                ("rectification", RunProgressCodec.mapping([
                    ("measures", Value(.null)), ("owner", Value(.null)), ("funds", Value(.null)),
                    ("deadline", Value(.date(ticket.deadline))), ("contingency", Value(.null)),
                ])),
                ("status", text("open")),
            ]
            var ticketMetadata: [(String, Value)] = [
                ("id", text(ticket.id)), ("project", text(settings.project)), ("discipline", text(settings.discipline)),
                ("title", text("\(settings.site) \(ticket.itemTitle)")), ("date", Value(.date(settings.date))),
            ]
            if let inspector = settings.inspector { ticketMetadata.append(("author", text(inspector))) }
            let document = RunProgressCodec.mapping([
                ("apiVersion", text("plumbline/v1")), ("kind", text("HazardTicket")),
                ("metadata", RunProgressCodec.mapping(ticketMetadata)), ("spec", RunProgressCodec.mapping(ticketSpec)),
            ])
            let note = "# 隐患整改单 \(ticket.id)（\(ticket.level.chineseName)）：请填写五定——整改措施 measures、责任人 owner、资金 funds、应急预案 contingency；整改时限已按检查表填为 \(ticket.deadline)。\n"
            return note + YAMLEmitter.document(document)
        }
        let ticketsText = ticketDocuments.joined(separator: "---\n")

        let reader = SubmissionReader()
        let checkedInspection = reader.read(data: Data(inspectionText.utf8), file: settings.outPath)
        var problems = checkedInspection.findings.filter { $0.severity == .error }
        if !ticketsText.isEmpty {
            problems += reader.read(data: Data(ticketsText.utf8), file: settings.ticketsPath).findings.filter { $0.severity == .error }
        }
        guard problems.isEmpty, let record = checkedInspection.records.first else { throw InvalidOutput(findings: problems) }
        return Output(inspection: inspectionText, tickets: ticketsText, raised: raised, inspectionRecord: record)
    }

    /// `HZ-<record id without its IR- prefix>-<item id>`, e.g. HZ-20261127-01-TC-03.
    public static func ticketID(record: String, item: String) -> String {
        let stem = record.hasPrefix("IR-") ? String(record.dropFirst(3)) : record
        return "HZ-\(stem)-\(item)"
    }

    private static func text(_ string: String) -> Value { Value(.string(string)) }
}
