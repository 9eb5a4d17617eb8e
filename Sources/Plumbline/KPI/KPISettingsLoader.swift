import Foundation
public import PlumbKPI
import PlumbLoad

/// Reads rules/kpi/kpi.yaml and project overrides into ``KPISettings``; every key is checked.
public enum KPISettingsLoader {
    /// A problem in a KPI settings file, with its location.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var location: SourceLocation
        public var message: String

        public var description: String { "\(location.file):\(location.line):\(location.column): error: [kpi/config] \(message)" }
    }

    static let topKeys: Set<String> = ["kpi", "version", "targets", "schedule", "topFindings"]
    static let targetKeys: Set<String> = ["atLeast", "atMost"]
    static let scheduleKeys: Set<String> = ["green", "yellow"]

    /// `base` with every file of `paths` applied in order.
    public static func load(_ paths: [String], base: KPISettings = .standard) -> Result<KPISettings, LoadError> {
        var settings = base
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(LoadError(location: SourceLocation(file: path), message: "cannot read the KPI settings file"))
            }
            let output = data.withUnsafeBytes { YAMLReader().read($0) }
            if let issue = output.issues.first {
                return .failure(LoadError(location: SourceLocation(file: path, position: issue.position), message: issue.message))
            }
            guard let root = output.documents.first?.mappingValue else {
                return .failure(LoadError(location: SourceLocation(file: path), message: "a KPI settings file is a mapping with targets and schedule"))
            }
            if let error = apply(root, file: path, to: &settings) { return .failure(error) }
        }
        return .success(settings)
    }

    private static func apply(_ root: Mapping, file: String, to settings: inout KPISettings) -> LoadError? {
        func fail(_ message: String, _ position: SourcePosition) -> LoadError {
            LoadError(location: SourceLocation(file: file, position: position), message: message)
        }
        for entry in root.entries where !topKeys.contains(entry.key) {
            return fail("unknown key '\(entry.key)'\(Suggestion.hint(for: entry.key, among: topKeys))", entry.keyPosition)
        }
        if let targets = root["targets"] {
            guard let map = targets.mappingValue else { return fail("'targets' should be a mapping of KPI: {atLeast: N}", targets.position) }
            for entry in map.entries {
                guard let kpi = KPIIdentifier(rawValue: entry.key) else {
                    return fail("unknown KPI '\(entry.key)'\(Suggestion.hint(for: entry.key, among: KPIIdentifier.allCases.map(\.rawValue)))", entry.keyPosition)
                }
                guard let spec = entry.value.mappingValue, spec.count == 1, let bound = spec.entries.first else {
                    return fail("target of '\(entry.key)' should be {atLeast: N} or {atMost: N}", entry.value.position)
                }
                guard targetKeys.contains(bound.key) else { return fail("unknown key '\(bound.key)' (atLeast or atMost)", bound.keyPosition) }
                guard let value = bound.value.numberValue else { return fail("'\(bound.key)' should be a number", bound.value.position) }
                settings.targets[kpi] = KPISettings.Target(value: value, atMost: bound.key == "atMost")
            }
        }
        if let schedule = root["schedule"] {
            guard let map = schedule.mappingValue else { return fail("'schedule' should be {green: N, yellow: N}", schedule.position) }
            for entry in map.entries {
                guard scheduleKeys.contains(entry.key) else { return fail("unknown key '\(entry.key)' (green or yellow)", entry.keyPosition) }
                guard let value = entry.value.numberValue else { return fail("'\(entry.key)' should be a number of percentage points", entry.value.position) }
                if entry.key == "green" { settings.greenDeviation = value } else { settings.yellowDeviation = value }
            }
            if settings.greenDeviation > settings.yellowDeviation {
                return fail("schedule green (\(settings.greenDeviation)) must not exceed yellow (\(settings.yellowDeviation))", schedule.position)
            }
        }
        if let top = root["topFindings"] {
            guard case .integer(let count) = top.node, count >= 0 else { return fail("'topFindings' should be a whole number", top.position) }
            settings.topFindings = count
        }
        return nil
    }
}
