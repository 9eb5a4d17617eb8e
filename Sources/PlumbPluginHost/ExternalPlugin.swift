public import PlumbCore

/// An out-of-process plugin (外部插件): its manifest, the checkers packs call, and the process behind them.
///
/// The process starts when a check is first asked of it and stops at ``shutdown()`` (or when the plugin is
/// released); one that fails is stopped at once.
public final class ExternalPlugin: Sendable {
    public let manifest: PluginManifest
    private let session: PluginSession

    public init(manifest: PluginManifest) {
        self.manifest = manifest
        self.session = PluginSession(manifest: manifest)
    }

    /// The plugin as the registry sees it: one checker per declared check.
    public var plugin: CheckerPlugin {
        CheckerPlugin(id: manifest.id, version: manifest.version, kind: .external, title: manifest.title,
                      disciplines: manifest.disciplines,
                      checkers: manifest.checks.map { ExternalChecker(declaration: $0, session: session) },
                      manifest: manifest.file)
    }

    /// Ends the conversation and stops the process group (idempotent).
    public func shutdown() { session.shutdown() }
}

/// Process-wide control of plugin processes.
public enum PluginHost {
    /// Kills every plugin process group still running: for an interrupted plumb (SIGINT, SIGTERM) on its way out.
    public static func terminateAll() { LiveChildren.shared.killAll() }
}
