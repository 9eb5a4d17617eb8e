import Foundation
import PlumbCore

/// The files of one pack: a single YAML file, or a folder with `pack.yaml` and rule files beside it.
struct PackSource {
    /// The file holding the pack header.
    var headerFile: String
    /// Further files holding only `rules:` (pack folders).
    var ruleFiles: [String]

    /// Packs under `path`: a pack file, a pack folder, or a folder of packs (walked; record files and
    /// folders named `examples` or `checklists` are not packs and are passed over).
    static func discover(_ path: String, errors: inout [PackLoadError]) -> [PackSource] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            errors.append(PackLoadError(.unreadable, "no such rule pack file or folder", at: SourceLocation(file: path)))
            return []
        }
        guard isFolder.boolValue else { return [PackSource(headerFile: path, ruleFiles: [])] }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        let names = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted().filter { !$0.hasPrefix(".") }
        let yamlNames = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        if yamlNames.contains("pack.yaml") {
            return [PackSource(headerFile: "\(folder)/pack.yaml", ruleFiles: yamlNames.filter { $0 != "pack.yaml" }.map { "\(folder)/\($0)" })]
        }
        var sources: [PackSource] = []
        for name in names {
            let child = "\(folder)/\(name)"
            var childIsFolder: ObjCBool = false
            _ = manager.fileExists(atPath: child, isDirectory: &childIsFolder)
            if childIsFolder.boolValue {
                if !["examples", "checklists", "kpi"].contains(name) { sources += discover(child, errors: &errors) }
            } else if yamlNames.contains(name), isPackFile(child) {
                sources.append(PackSource(headerFile: child, ruleFiles: []))
            }
        }
        return sources
    }

    /// Whether a YAML file's first lines declare a pack (`pack:` at the top level).
    private static func isPackFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        return head.split(separator: "\n").contains { $0.hasPrefix("pack:") }
    }
}
