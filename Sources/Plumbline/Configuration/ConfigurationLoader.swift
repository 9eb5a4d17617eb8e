public import Foundation
import PlumbCore
import PlumbLoad

/// Finds and reads `plumb.yaml` with the project's own YAML reader, so every problem has a line and column.
public enum ConfigurationLoader {
    /// The configuration file's name.
    public static let fileName = "plumb.yaml"

    /// `plumb.yaml` in the current folder or the nearest parent, stopping at the repository root (a
    /// folder holding `.git`); the path is relative (`plumb.yaml`, `../plumb.yaml`). Nil when there is none.
    public static func find() -> String? {
        let manager = FileManager.default
        var folder = URL(fileURLWithPath: manager.currentDirectoryPath).standardizedFileURL
        for depth in 0..<64 {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: folder.appendingPathComponent(fileName).path, isDirectory: &isFolder), !isFolder.boolValue {
                return String(repeating: "../", count: depth) + fileName
            }
            let parent = folder.deletingLastPathComponent()
            if manager.fileExists(atPath: folder.appendingPathComponent(".git").path) || parent.path == folder.path { return nil }
            folder = parent
        }
        return nil
    }

    /// Reads and validates `file`. Throws ``PlumblineError/unreadable(path:reason:)`` or
    /// ``PlumblineError/configuration(_:)`` with every problem found.
    public static func load(_ file: String) throws(PlumblineError) -> ProjectConfiguration {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            throw .unreadable(path: file, reason: isFolder.boolValue ? "is a folder, not a configuration file" : "no such configuration file")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .unreadable(path: file, reason: "cannot be read")
        }
        return try parse(data, file: file)
    }

    /// Reads `data` as the configuration file `file`.
    public static func parse(_ data: Data, file: String) throws(PlumblineError) -> ProjectConfiguration {
        let folder = (file as NSString).deletingLastPathComponent
        var reader = ConfigurationReader(file: file, folder: folder.isEmpty ? "." : folder)
        let output = data.withUnsafeBytes { YAMLReader().read($0) }
        for issue in output.issues {
            reader.fail(.invalidYAML, "\(issue.message) [\(issue.problem.rawValue)]", at: issue.position)
        }
        if output.issues.isEmpty {
            let documents = output.documents.filter { !$0.isNull }
            if documents.count > 1 {
                reader.fail(.badValue, "\(fileName) holds one YAML document, not \(documents.count)", at: documents[1].position)
            } else if let root = documents.first {
                if let map = root.mappingValue {
                    reader.read(map)
                } else {
                    reader.fail(.badValue, "\(fileName) should be a mapping of settings (packs:, waivers:, ...), not a \(root.typeName)", at: root.position)
                }
            }
        }
        guard reader.issues.isEmpty else { throw .configuration(reader.issues) }
        return reader.configuration
    }
}
