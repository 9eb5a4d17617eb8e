public import PlumbCore

/// Archive completeness per ArchiveManifest: required types that have an archived document / required types.
public enum ArchiveMetrics {
    public static func statuses(_ manifests: [Record]) -> [ArchiveStatus] {
        manifests.filter { $0.kind == .archiveManifest }.map { manifest in
            let required = (manifest.value.value(at: "spec.required")?.listValue ?? []).compactMap(\.stringValue)
            let archived = Set((manifest.value.value(at: "spec.documents")?.listValue ?? []).compactMap { $0["type"]?.stringValue })
            let unique = required.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let missing = unique.filter { !archived.contains($0) }
            return ArchiveStatus(manifestID: manifest.id, project: manifest.project,
                                 completeness: Rate(Double(unique.count - missing.count), of: Double(unique.count)), missing: missing)
        }
    }
}
