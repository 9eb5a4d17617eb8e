import ArgumentParser
import Foundation
import Plumbline

/// The `plumb` command: subcommands in their own files, shared options in `OutputOptions`.
@main
struct Plumb: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plumb",
        abstract: "Rules and compliance checker for construction technical management (工程技术管理).",
        version: PlumbVersion.current,
        subcommands: [CheckCommand.self, ReviewCommand.self, KPICommand.self, RulesCommand.self, ChecklistCommand.self,
                      PluginsCommand.self, SchemaCommand.self, InitCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// Runs the command; usage errors exit 2 (DESIGN.md's "could not run as asked"), not argument-parser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.incomplete.rawValue)
            }
            exit(withError: error)
        }
    }
}
