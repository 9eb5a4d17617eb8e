import Foundation

/// Re-runs this executable with other arguments and reads back its ``ChildReport``.
///
/// Peak RSS only grows within a process, so each measurement runs in a fresh one.
enum ChildProcess {
    static func run(_ arguments: [String]) throws -> ChildReport {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        // Standard error is inherited: the child's progress and diagnostics go straight to the terminal.
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0, let report = ChildReport(output: text) else {
            throw BenchError("child `plumb-bench \(arguments.joined(separator: " "))` failed (status \(process.terminationStatus))\n\(text)")
        }
        return report
    }

    /// This executable, resolved through /proc so a relative argv[0] does not matter.
    private static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
