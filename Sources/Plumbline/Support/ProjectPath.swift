import Foundation

/// Paths compared across the ways they are written: `./a`, `a`, `../proj/a`, `/abs/proj/a`.
enum ProjectPath {
    /// `path` made absolute against the current folder, `.` and `..` removed (symbolic links kept).
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// `path` made absolute with symbolic links resolved (to compare with what git prints).
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `path` relative to `root` (`/`-separated), or nil when it lies outside it.
    static func relative(_ path: String, to root: String) -> String? {
        let base = absolute(root)
        let full = absolute(path)
        if full == base { return "" }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : nil
    }
}
