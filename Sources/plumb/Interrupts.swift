import Dispatch
import Foundation
import Plumbline

/// Plugin processes run in their own process groups, so a Ctrl-C at the terminal does not reach them:
/// on SIGINT or SIGTERM plumb stops them before it exits (no child outlives the run).
enum Interrupts {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func stopPluginsOnExit() {
        for (number, code) in [(SIGINT, 130), (SIGTERM, 143)] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                PluginProcesses.terminateAll()
                Foundation.exit(Int32(code))
            }
            source.resume()
            sources.append(source)
        }
    }
}
