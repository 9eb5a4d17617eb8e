import ArgumentParser

/// `--plugins PATH`: where external plugins are loaded from, shared by every command that loads checkers.
struct PluginPathOptions: ParsableArguments {
    @Option(name: .customLong("plugins"), help: ArgumentHelp(
        "Load the external plugins at PATH (a plugin.yaml, a plugin folder, or a folder of plugin folders); repeatable. Plugins load only from these paths.",
        valueName: "path"))
    var paths: [String] = []
}
