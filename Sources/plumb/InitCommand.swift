import ArgumentParser
import Foundation
import Plumbline

/// `plumb init [--force]`: write a commented starter plumb.yaml in the current folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter plumb.yaml in the current folder."
    )

    @Flag(help: "Overwrite an existing plumb.yaml.")
    var force = false

    func run() throws {
        let path = ConfigurationLoader.fileName
        if FileManager.default.fileExists(atPath: path), !force {
            Facade.report(.alreadyExists(path: path))
            throw ExitStatus.incomplete
        }
        guard Terminal.writeFile(Data(StarterConfiguration.text.utf8), to: path) else { throw ExitStatus.incomplete }
        Terminal.write("wrote \(path); every key is described in docs/configuration.md\n")
    }
}
