import ArgumentParser
import Foundation
import Plumbline

/// `plumb schema [--out DIR]`: write the JSON Schemas of the record format.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schema of every record kind (for editors), generated from the loader's own format."
    )

    @Option(help: "Folder to write into.")
    var out = "docs/schema"

    func run() throws {
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for file in JSONSchemaWriter.files() {
                try Data(file.content.utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent(file.name), options: .atomic)
            }
            Terminal.write("wrote \(JSONSchemaWriter.files().count) schemas to \(out)\n")
        } catch {
            Terminal.error("cannot write schemas to \(out): \(error.localizedDescription)")
            throw ExitStatus.incomplete
        }
    }
}
