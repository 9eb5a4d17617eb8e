import Foundation
import PlumbCore

/// The JSON-lines messages of protocol version 1 (docs/plugins.md; schemas in docs/plugins/schema/).
enum PluginMessages {
    /// One record to check in a `check` message.
    struct Request {
        var index: Int
        var check: String
        var options: Value
        var record: Record
        var asOf: CalendarDate
    }

    /// `{"type":"handshake","id":0,"protocolVersion":1,"plugin":"…","host":"plumb 0.1.0"}`.
    static func handshake(id: Int, plugin: String) -> String {
        var line = "{\"type\":\"handshake\",\"id\":\(id),\"protocolVersion\":1,\"plugin\":"
        JSONText.string(plugin, into: &line)
        line += ",\"host\":"
        JSONText.string("plumb \(PlumbVersion.current)", into: &line)
        return line + "}"
    }

    /// `{"type":"check","id":N,"requests":[{"index":0,"check":…,"options":…,"recordId":…,"kind":…,"file":…,"asOf":…,"record":…}]}`.
    static func check(id: Int, requests: [Request]) -> String {
        var line = "{\"type\":\"check\",\"id\":\(id),\"requests\":["
        for (offset, request) in requests.enumerated() {
            if offset > 0 { line += "," }
            line += "{\"index\":\(request.index),\"check\":"
            JSONText.string(request.check, into: &line)
            line += ",\"options\":"
            JSONText.write(request.options, into: &line)
            line += ",\"recordId\":"
            JSONText.string(request.record.id, into: &line)
            line += ",\"kind\":"
            JSONText.string(request.record.kind.rawValue, into: &line)
            line += ",\"file\":"
            JSONText.string(absolutePath(request.record.file), into: &line)
            line += ",\"asOf\":"
            JSONText.string(request.asOf.description, into: &line)
            line += ",\"record\":"
            JSONText.write(request.record.value, into: &line)
            line += "}"
        }
        return line + "]}"
    }

    /// `{"type":"shutdown","id":N}`.
    static func shutdown(id: Int) -> String { "{\"type\":\"shutdown\",\"id\":\(id)}" }

    /// Any message a plugin sends; which fields matter depends on `type`.
    struct Response: Decodable {
        var type: String
        var id: Int?
        var protocolVersion: Int?
        var plugin: String?
        var version: String?
        var checks: [String]?
        var results: [Result]?
        var message: String?
    }

    /// The answer for one request of a `check` message: findings, or an error for that record alone.
    struct Result: Decodable {
        var index: Int
        var findings: [Finding]?
        var error: String?
    }

    /// What the host makes of one result.
    enum Answer {
        case findings([CheckerFinding])
        /// The plugin could not check this record.
        case error(String)
    }

    /// One finding: a message and the field path it is about.
    struct Finding: Decodable {
        var message: String
        var path: String?
    }

    /// The record's file as an absolute path, so a plugin running in its own folder can open files beside it.
    static func absolutePath(_ file: String) -> String {
        if file.hasPrefix("/") { return file }
        return FileManager.default.currentDirectoryPath + "/" + file
    }
}
