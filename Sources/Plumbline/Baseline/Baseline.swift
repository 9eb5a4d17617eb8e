public import Foundation
public import PlumbCore

/// Findings accepted as they stand, so a run reports only new ones (`--baseline FILE`), written
/// with `--write-baseline FILE`.
///
/// Entries are matched by ``Finding/fingerprint`` (rule, record, field path, message without line
/// numbers), never by line, so inserting lines above a finding keeps it matched. Matching counts:
/// two identical findings need two entries. Waived findings and `waiver/...` findings are never
/// baselined: waivers are the place for decisions with a reason and an expiry.
public struct Baseline: Sendable, Equatable {
    /// One accepted finding. Only the fingerprint matches; the rest is for people reading the file.
    public struct Entry: Sendable, Codable, Equatable {
        public var fingerprint: String
        public var ruleId: String
        public var recordId: String?
        public var file: String
        public var path: String?
        public var message: String
    }

    /// The file format: what a baseline file holds.
    struct Document: Codable {
        var tool = "plumb"
        var kind = "baseline"
        var formatVersion = 1
        var version = PlumbVersion.current
        var findings: [Entry]
    }

    /// The accepted findings, in output order.
    public var entries: [Entry]
    /// The file it was read from, named in reports.
    public var file: String?

    public init(entries: [Entry], file: String? = nil) {
        self.entries = entries
        self.file = file
    }

    /// The baseline of `findings`: every one that is not waived and not about a waiver.
    public init(findings: [Finding]) {
        entries = findings.filter(Self.isBaselined).map { finding in
            Entry(fingerprint: finding.fingerprint, ruleId: finding.ruleId, recordId: finding.recordId, file: finding.location.file,
                  path: finding.location.path, message: finding.message)
        }
    }

    /// Whether a finding can be in a baseline.
    static func isBaselined(_ finding: Finding) -> Bool { !finding.isWaived && !finding.ruleId.hasPrefix("waiver/") }

    /// The file content: pretty, sorted JSON.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(findings: entries))) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }

    /// Reads the baseline file `file`; throws when it is missing, not JSON, or not a baseline.
    public static func load(_ file: String) throws(PlumblineError) -> Baseline {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            throw .unreadable(path: file, reason: isFolder.boolValue ? "is a folder, not a baseline file" : "no such baseline file; write one with --write-baseline \(file)")
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable(path: file, reason: "cannot be read") }
        return try decode(data, file: file)
    }

    /// Reads `data` as the baseline file `file`.
    public static func decode(_ data: Data, file: String) throws(PlumblineError) -> Baseline {
        guard (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil else {
            throw .notABaseline(path: file, reason: "the file is not JSON")
        }
        do {
            let document = try JSONDecoder().decode(Document.self, from: data)
            guard document.tool == "plumb", document.kind == "baseline" else {
                throw PlumblineError.notABaseline(path: file, reason: "it does not say \"tool\": \"plumb\", \"kind\": \"baseline\"")
            }
            guard document.formatVersion == 1 else {
                throw PlumblineError.notABaseline(path: file, reason: "format version \(document.formatVersion) is not one this release reads (1)")
            }
            return Baseline(entries: document.findings, file: file)
        } catch let error as PlumblineError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            throw .notABaseline(path: file, reason: "'\(Self.describe(context.codingPath + [key]))' is missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .notABaseline(path: file, reason: "'\(Self.describe(context.codingPath))' has the wrong type")
        } catch {
            throw .notABaseline(path: file, reason: "the JSON is not shaped like a baseline")
        }
    }

    private static func describe(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    /// `findings` without those the baseline holds, and the counts.
    public func filter(_ findings: [Finding]) -> (findings: [Finding], comparison: BaselineComparison) {
        var remaining: [String: Int] = [:]
        for entry in entries { remaining[entry.fingerprint, default: 0] += 1 }
        var kept: [Finding] = []
        var unchanged = 0
        var new = 0
        for finding in findings {
            guard Self.isBaselined(finding) else {
                kept.append(finding)
                continue
            }
            let fingerprint = finding.fingerprint
            if let count = remaining[fingerprint], count > 0 {
                remaining[fingerprint] = count - 1
                unchanged += 1
            } else {
                kept.append(finding)
                new += 1
            }
        }
        let fixed = remaining.values.reduce(0, +)
        return (kept, BaselineComparison(file: file ?? "baseline", new: new, unchanged: unchanged, fixed: fixed))
    }
}
