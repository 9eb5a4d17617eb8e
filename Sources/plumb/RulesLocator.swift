import Foundation

/// Finds the shipped rule packs: `$PLUMB_RULES`, else a `rules/` folder beside or above the executable
/// (a source checkout's `.build/debug/plumb`), else `share/plumb/rules` of an installation.
/// The shipped checklists are the `checklists/` folder inside it.
enum RulesLocator {
    static func shippedRules() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["PLUMB_RULES"], !path.isEmpty { return path }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        let manager = FileManager.default
        for _ in 0..<6 {
            for candidate in ["rules", "share/plumb/rules"] {
                let path = folder.appendingPathComponent(candidate).path
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: path + "/record-hygiene", isDirectory: &isFolder), isFolder.boolValue { return path }
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// The shipped checklists: the `checklists/` folder of the shipped rules, when it exists.
    static func shippedChecklists() -> String? {
        guard let rules = shippedRules() else { return nil }
        let path = (rules as NSString).appendingPathComponent("checklists")
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue ? path : nil
    }
}
