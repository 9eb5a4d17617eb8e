import ArgumentParser
import Plumbline

/// The `plumb` command: subcommands in their own files, shared options in `OutputOptions`.
@main
struct Plumb: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plumb",
        abstract: "Rules and compliance checker for construction technical management (工程技术管理).",
        version: PlumbVersion.current,
        subcommands: [CheckCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}
