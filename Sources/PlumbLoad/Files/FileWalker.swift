import Foundation

/// Finds the submission files under the paths a user names.
///
/// Files named directly are taken whatever their extension; folders are walked for `*.yaml`, `*.yml`,
/// `*.json` and `*.csv`, skipping hidden entries and `.build*` folders. Output is sorted, so runs are deterministic.
public struct FileWalker: Sendable {
    /// A path that could not be walked.
    public struct Failure: Error, Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    /// Extensions of submission files, lower-case, without the dot.
    public static let recordExtensions: Set<String> = ["yaml", "yml", "json", "csv"]

    public init() {}

    /// The files under `paths`, and the paths that do not exist or cannot be read.
    public func files(under paths: [String]) -> (files: [String], failures: [Failure]) {
        var files: [String] = []
        var failures: [Failure] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                failures.append(Failure(path: path, reason: "no such file or folder"))
                continue
            }
            guard manager.isReadableFile(atPath: path) else {
                failures.append(Failure(path: path, reason: "permission denied"))
                continue
            }
            if isFolder.boolValue {
                walk(path, into: &files, failures: &failures)
            } else {
                files.append(path)
            }
        }
        return (Array(Set(files)).sorted(), failures)
    }

    private func walk(_ folder: String, into files: inout [String], failures: inout [Failure]) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else {
            failures.append(Failure(path: folder, reason: "cannot list the folder"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder == "." ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                walk(path, into: &files, failures: &failures)
            } else if Self.recordExtensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append(path)
            }
        }
    }
}
