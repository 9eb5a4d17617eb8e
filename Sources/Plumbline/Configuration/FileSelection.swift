import Foundation

/// Which record files found by walking folders are checked: `include` and `exclude` globs of
/// `plumb.yaml`, matched against paths relative to the project root. Files named on the command
/// line are always checked.
public struct FileSelection: Sendable {
    /// The project root the globs are relative to.
    public var root: String
    /// A walked file must match one of these (when any is given).
    public var include: [Glob]
    /// A walked file matching one of these is not checked.
    public var exclude: [Glob]

    public init(root: String = ".", include: [Glob] = [], exclude: [Glob] = []) {
        self.root = root
        self.include = include
        self.exclude = exclude
    }

    /// Selects every file.
    public static let all = FileSelection()

    /// Whether no glob is set (every file is checked).
    public var selectsAll: Bool { include.isEmpty && exclude.isEmpty }

    /// Whether `file` (as walked) is checked.
    public func selects(_ file: String) -> Bool {
        guard !selectsAll else { return true }
        let path = ProjectPath.relative(file, to: root) ?? file
        if !include.isEmpty, !include.contains(where: { $0.matches(path) }) { return false }
        return !exclude.contains { $0.matches(path) }
    }
}
