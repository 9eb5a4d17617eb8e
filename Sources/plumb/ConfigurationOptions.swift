import ArgumentParser
import Plumbline

/// `--config FILE` / `--no-config`: which plumb.yaml a command reads.
struct ConfigurationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the project configuration from FILE instead of the plumb.yaml found from the current folder upward.", valueName: "file"))
    var config: String?

    @Flag(help: "Read no plumb.yaml.")
    var noConfig = false

    func validate() throws {
        if config != nil, noConfig { throw ValidationError("--config and --no-config cannot be used together") }
    }

    /// The configuration to use; prints every problem and throws (exit 2) when it cannot be read.
    func load() throws -> ProjectConfiguration {
        if noConfig { return .none }
        guard let file = config ?? ConfigurationLoader.find() else { return .none }
        return try Facade.orExit { () throws(PlumblineError) in try ConfigurationLoader.load(file) }
    }
}
