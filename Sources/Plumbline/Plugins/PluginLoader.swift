import Foundation
public import PlumbCore
import PlumbLoad
public import PlumbPluginHost

/// Loads external plugins from the paths named in configuration or with `--plugins`, and only from those:
/// never from the tree being checked.
///
/// A path is a `plugin.yaml`, a plugin folder holding one, or a folder whose sub-folders are plugins.
public enum PluginLoader {
    /// What loading produced: the plugins whose manifests are sound, and every problem found.
    public struct Output: Sendable {
        public var plugins: [ExternalPlugin]
        public var errors: [PluginLoadError]
    }

    /// The manifest file name.
    public static let manifestName = "plugin.yaml"

    /// Plugins under `paths`; ids and check ids must not repeat each other or those of `builtIn`.
    public static func load(paths: [String], builtIn: [CheckerPlugin]) -> Output {
        var errors: [PluginLoadError] = []
        var plugins: [ExternalPlugin] = []
        var checkOwners = Dictionary(builtIn.flatMap { plugin in plugin.checkers.map { ($0.id, plugin.id) } }, uniquingKeysWith: { first, _ in first })
        var pluginOwners = Dictionary(builtIn.map { ($0.id, "a built-in plugin") }, uniquingKeysWith: { first, _ in first })
        for file in paths.flatMap({ manifests(under: $0, errors: &errors) }) {
            guard let (manifest, root) = read(file, errors: &errors) else { continue }
            if let owner = pluginOwners[manifest.id] {
                errors.append(PluginLoadError(.duplicate, "plugin id '\(manifest.id)' is already used by \(owner)",
                                              at: SourceLocation(file: file, position: root.mappingValue?["id"]?.position ?? root.position)))
                continue
            }
            var clash = false
            for check in manifest.checks {
                if let owner = checkOwners[check.id] {
                    errors.append(PluginLoadError(.duplicate, "check id '\(check.id)' is already offered by plugin \(owner)", at: SourceLocation(file: file)))
                    clash = true
                }
            }
            guard !clash else { continue }
            pluginOwners[manifest.id] = file
            for check in manifest.checks { checkOwners[check.id] = manifest.id }
            plugins.append(ExternalPlugin(manifest: manifest))
        }
        return Output(plugins: plugins, errors: errors)
    }

    /// The manifest files a path names.
    static func manifests(under path: String, errors: inout [PluginLoadError]) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            errors.append(PluginLoadError(.notFound, "no such plugin file or folder", at: SourceLocation(file: path)))
            return []
        }
        guard isFolder.boolValue else { return [path] }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        if manager.fileExists(atPath: "\(folder)/\(manifestName)") { return ["\(folder)/\(manifestName)"] }
        let found = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            .filter { !$0.hasPrefix(".") && manager.fileExists(atPath: "\(folder)/\($0)/\(manifestName)") }
            .map { "\(folder)/\($0)/\(manifestName)" }
        if found.isEmpty {
            errors.append(PluginLoadError(.notFound, "no \(manifestName) in this folder or its sub-folders", at: SourceLocation(file: path)))
        }
        return found
    }

    /// One manifest read and validated, with its root value (for locations).
    static func read(_ file: String, errors: inout [PluginLoadError]) -> (PluginManifest, Value)? {
        guard let data = FileManager.default.contents(atPath: file) else {
            errors.append(PluginLoadError(.unreadable, "cannot read the plugin manifest", at: SourceLocation(file: file)))
            return nil
        }
        let output = data.withUnsafeBytes { YAMLReader().read($0) }
        for issue in output.issues {
            errors.append(PluginLoadError(.invalidYAML, "\(issue.message) [\(issue.problem.rawValue)]", at: SourceLocation(file: file, position: issue.position)))
        }
        guard output.issues.isEmpty else { return nil }
        guard let root = output.documents.first else {
            errors.append(PluginLoadError(.badValue, "the plugin manifest is empty", at: SourceLocation(file: file)))
            return nil
        }
        let absolute = URL(fileURLWithPath: file).standardizedFileURL
        var reader = ManifestReader(file: file, folder: absolute.deletingLastPathComponent().path)
        let manifest = reader.read(root)
        errors += reader.errors
        return manifest.map { ($0, root) }
    }
}
