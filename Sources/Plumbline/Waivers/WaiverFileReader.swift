public import Foundation
import PlumbCore
import PlumbLoad

/// Reads waivers: the project's waivers file, and a record's own `metadata.waivers`.
///
/// The file is a YAML list of waivers, or a mapping with one key `waivers` holding the list:
/// ```yaml
/// waivers:
///   - rule: RH-DATE-004
///     record: HZ-2026-0091
///     reason: 整改期限经监理书面同意延期
///     approvedBy: 赵敏
///     expires: 2027-01-31
///     ticket: TM-2026-118
/// ```
/// A malformed entry is a `waiver/invalid` finding at its position and waives nothing.
public enum WaiverFileReader {
    /// The keys a waiver entry may hold.
    static let keys = ["rule", "record", "path", "reason", "approvedBy", "expires", "ticket"]

    /// Reads the waivers file `file`; `root` is the folder `path` globs are relative to. Throws when
    /// the file cannot be read at all (the run cannot be what was asked: exit 2).
    public static func load(_ file: String, root: String) throws(PlumblineError) -> WaiverSet {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            throw .unreadable(path: file, reason: isFolder.boolValue ? "is a folder, not a waivers file" : "no such waivers file")
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable(path: file, reason: "cannot be read") }
        return read(data, file: file, root: root)
    }

    /// Reads `data` as the waivers file `file`.
    public static func read(_ data: Data, file: String, root: String) -> WaiverSet {
        var set = WaiverSet(root: root)
        func invalid(_ message: String, at position: SourcePosition) {
            set.findings.append(Finding(ruleId: WaiverProblem.invalid.rawValue, severity: WaiverProblem.invalid.severity, message: message,
                                        location: SourceLocation(file: file, position: position)))
        }
        let output = data.withUnsafeBytes { YAMLReader().read($0) }
        for issue in output.issues { invalid("the waivers file is not valid YAML: \(issue.message)", at: issue.position) }
        guard output.issues.isEmpty, let root = output.documents.first(where: { !$0.isNull }) else { return set }
        var list = root
        if let map = root.mappingValue {
            for entry in map.entries where entry.key != "waivers" {
                invalid("unknown key '\(entry.key)' in the waivers file\(Suggestion.hint(for: entry.key, among: ["waivers"])); it holds 'waivers:', a list", at: entry.keyPosition)
            }
            guard let inner = map["waivers"] else { return set }
            list = inner
        }
        if list.isNull { return set }
        guard let items = list.listValue else {
            invalid("'waivers' should be a list of waivers, not \(list.typeName)", at: list.position)
            return set
        }
        for item in items {
            let (waiver, problems) = entry(item, file: file)
            if let waiver { set.waivers.append(waiver) }
            for problem in problems { invalid(problem.message, at: problem.position) }
        }
        return set
    }

    /// A problem in one entry.
    struct EntryProblem {
        var message: String
        var position: SourcePosition
    }

    private static func entry(_ item: Value, file: String) -> (Waiver?, [EntryProblem]) {
        var problems: [EntryProblem] = []
        guard let map = item.mappingValue else {
            return (nil, [EntryProblem(message: "a waiver should be a mapping with rule, record or path, reason, approvedBy, expires, not \(item.typeName)", position: item.position)])
        }
        for entry in map.entries where !keys.contains(entry.key) {
            problems.append(EntryProblem(message: "unknown key '\(entry.key)' in a waiver\(Suggestion.hint(for: entry.key, among: keys))", position: entry.keyPosition))
        }
        func text(_ key: String, required: Bool) -> String? {
            guard let value = map[key], !value.isNull else {
                if required { problems.append(EntryProblem(message: "a waiver needs '\(key)'\(requiredWhy(key))", position: item.position)) }
                return nil
            }
            switch value.node {
            case .string(let text) where !text.trimmingCharacters(in: .whitespaces).isEmpty: return text
            case .integer, .number: return value.displayText
            default:
                problems.append(EntryProblem(message: "the waiver's '\(key)' should be \(required ? "non-empty " : "")text, not \(value.typeName) '\(value.displayText)'\(requiredWhy(key))", position: value.position))
                return nil
            }
        }
        let rule = text("rule", required: true)
        let record = text("record", required: false)
        let pathText = text("path", required: false)
        let reason = text("reason", required: true)
        let approvedBy = text("approvedBy", required: true)
        let ticket = text("ticket", required: false)
        var path: Glob?
        if let pathText, let pathValue = map["path"] {
            do throws(Glob.SyntaxError) {
                path = try Glob(pathText)
            } catch {
                problems.append(EntryProblem(message: "the waiver's path '\(pathText)': \(error.message)", position: pathValue.position))
            }
        }
        if record == nil, pathText == nil, map["record"] == nil, map["path"] == nil {
            problems.append(EntryProblem(message: "a waiver needs 'record' (a record id) or 'path' (a glob of files) to say what it covers", position: item.position))
        }
        var expires: CalendarDate?
        if let value = map["expires"], !value.isNull {
            expires = value.stringValue.flatMap { CalendarDate(iso: $0) }
            if expires == nil {
                problems.append(EntryProblem(message: "the waiver's 'expires' is '\(value.displayText)', not an ISO date such as 2027-01-31", position: value.position))
            }
        }
        guard problems.isEmpty, let rule, let reason, let approvedBy else { return (nil, problems) }
        let location = { (position: SourcePosition) in SourceLocation(file: file, position: position) }
        let waiver = Waiver(
            rule: rule, record: record, path: path, reason: reason, approvedBy: approvedBy, expires: expires, ticket: ticket,
            origin: .waiversFile, location: location(item.position), ruleLocation: location(map["rule"]?.position ?? item.position),
            expiresLocation: map["expires"].map { location($0.position) }
        )
        return (waiver, [])
    }

    private static func requiredWhy(_ key: String) -> String {
        switch key {
        case "reason": " (why the finding is accepted)"
        case "approvedBy": " (who approved the waiver)"
        case "rule": " (the rule id it waives)"
        default: ""
        }
    }

    /// The waivers a record carries in `metadata.waivers`. Entries the record format rejects (no
    /// reason, no approver) were reported by validation and are skipped here.
    static func inline(_ record: Record) -> [Waiver] {
        // Asked of every record of a run, and few have waivers: the record knows without reading its storage.
        guard record.hasInlineWaivers, let items = record.value.value(at: "metadata.waivers")?.listValue else { return [] }
        return items.compactMap { item in
            guard let map = item.mappingValue,
                  let rule = map["rule"]?.stringValue, !rule.isEmpty,
                  let reason = map["reason"]?.stringValue, !reason.trimmingCharacters(in: .whitespaces).isEmpty,
                  let approvedBy = map["approvedBy"]?.stringValue, !approvedBy.trimmingCharacters(in: .whitespaces).isEmpty
            else { return nil }
            var expires: CalendarDate?
            if case .date(let date)? = map["expires"]?.node { expires = date }
            let location = { (position: SourcePosition) in SourceLocation(file: record.file, position: position) }
            return Waiver(
                rule: rule, record: record.id, path: nil, reason: reason, approvedBy: approvedBy, expires: expires,
                ticket: map["ticket"]?.stringValue, origin: .record(id: record.id, file: record.file),
                location: location(item.position), ruleLocation: location(map["rule"]?.position ?? item.position),
                expiresLocation: map["expires"].map { location($0.position) }
            )
        }
    }
}
