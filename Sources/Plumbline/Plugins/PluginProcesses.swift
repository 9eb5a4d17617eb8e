import PlumbPluginHost

/// The facade's handle on running plugin processes, for the CLI's interrupt handling.
public enum PluginProcesses {
    /// Kills every external plugin process group still running (plumb was interrupted).
    public static func terminateAll() { PluginHost.terminateAll() }
}
