import Foundation
public import PlumbCore
import PlumbLoad

/// The progress file (`FILE.progress.yaml`): the run's settings and every answer so far, as YAML.
public enum RunProgressCodec {
    /// Format marker and version, the first key of the file.
    static let marker = "plumbChecklistRun"

    public static func encode(_ state: RunState, checklist: Checklist) -> String {
        let settings = state.settings
        var root: [(String, Value)] = [
            (marker, Value(.integer(1))),
            ("checklist", text(settings.checklist)),
            ("project", text(settings.project)),
            ("site", text(settings.site)),
        ]
        if let inspector = settings.inspector { root.append(("inspector", text(inspector))) }
        root += [
            ("date", Value(.date(settings.date))),
            ("recordId", text(settings.recordID)),
            ("discipline", text(settings.discipline)),
            ("out", text(settings.outPath)),
            ("tickets", text(settings.ticketsPath)),
        ]
        if checklist.items.indices.contains(state.position) { root.append(("position", text(checklist.items[state.position].id))) }
        let answers = checklist.items.compactMap { item -> Value? in
            guard let answer = state.answers[item.id] else { return nil }
            var fields: [(String, Value)] = [("id", text(item.id)), ("result", text(answer.result.rawValue))]
            if let deduction = answer.deduction { fields.append(("deduction", Value(.number(deduction)))) }
            if let note = answer.note { fields.append(("note", text(note))) }
            if !answer.evidence.isEmpty { fields.append(("evidence", Value(.list(ValueList(answer.evidence.map(text)))))) }
            fields.append(("stage", text(answer.stage.rawValue)))
            return mapping(fields)
        }
        root.append(("answers", Value(.list(ValueList(answers)))))
        return "# plumb checklist run: every answer is saved here as it is given.\n"
            + "# Resume with: plumb checklist run --resume \(settings.outPath)\n"
            + YAMLEmitter.document(mapping(root))
    }

    /// A progress file that cannot be used, with where the problem is.
    public struct DecodeError: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var position: SourcePosition
        public var message: String
        public var description: String { "\(file):\(position.line):\(position.column): error: [checklist/bad-progress] \(message)" }
    }

    /// Reads a progress file's text; the checklist is looked up by the caller from `checklistName(_:)`.
    public static func decode(_ text: String, file: String, checklist: Checklist) -> Result<RunState, DecodeError> {
        let parsed = Data(text.utf8).withUnsafeBytes { YAMLReader().read($0) }
        if let issue = parsed.issues.first {
            return .failure(DecodeError(file: file, position: issue.position, message: issue.message))
        }
        guard let root = parsed.documents.first, let map = root.mappingValue, map[marker] != nil else {
            return .failure(DecodeError(file: file, position: .start, message: "not a plumb checklist progress file (no '\(marker)' key)"))
        }
        func string(_ key: String) -> String? {
            guard let value = map[key] else { return nil }
            if let text = value.stringValue { return text }
            return value.numberValue?.formatted
        }
        func require(_ key: String) -> Result<String, DecodeError> {
            guard let value = string(key), !value.isEmpty else {
                return .failure(DecodeError(file: file, position: root.position, message: "'\(key)' is missing"))
            }
            return .success(value)
        }
        let dateText = map["date"]?.stringValue ?? ""
        guard let date = CalendarDate(iso: dateText) else {
            return .failure(DecodeError(file: file, position: map["date"]?.position ?? root.position, message: "'date' is not an ISO date"))
        }
        let settings: RunSettings
        do {
            settings = RunSettings(
                checklist: try require("checklist").get(), project: try require("project").get(), site: try require("site").get(),
                inspector: string("inspector"), date: date, recordID: try require("recordId").get(),
                discipline: try require("discipline").get(), outPath: try require("out").get(), ticketsPath: try require("tickets").get())
        } catch {
            return .failure(error)
        }
        var state = RunState(settings: settings)
        for entry in map["answers"]?.listValue ?? [] {
            guard let id = entry["id"]?.stringValue, checklist.item(id) != nil,
                  let result = entry["result"]?.stringValue.flatMap(ItemResult.init(rawValue:)),
                  let stage = entry["stage"]?.stringValue.flatMap(DraftAnswer.Stage.init(rawValue:))
            else {
                return .failure(DecodeError(file: file, position: entry.position,
                                            message: "an answer needs an item id of checklist \(checklist.id), a result (pass, fail, na) and a stage"))
            }
            state.answers[id] = DraftAnswer(
                result: result, deduction: entry["deduction"]?.numberValue, note: entry["note"]?.stringValue,
                evidence: (entry["evidence"]?.listValue ?? []).compactMap(\.stringValue), stage: stage)
        }
        if let position = map["position"]?.stringValue, let index = checklist.items.firstIndex(where: { $0.id == position }) {
            state.position = index
        }
        return .success(state)
    }

    /// The checklist name a progress file was started with, to look the checklist up before decoding.
    public static func checklistName(in text: String) -> String? {
        let parsed = Data(text.utf8).withUnsafeBytes { YAMLReader().read($0) }
        return parsed.documents.first?["checklist"]?.stringValue
    }

    private static func text(_ string: String) -> Value { Value(.string(string)) }

    static func mapping(_ fields: [(String, Value)]) -> Value {
        Value(.mapping(Mapping(fields.map { Mapping.Entry(key: $0.0, keyPosition: .start, value: $0.1) })))
    }
}
