import Foundation

/// Writing to the terminal and to report files: the only place output leaves the program.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("plumb: " + text + "\n").utf8))
    }

    /// Whether standard output is a terminal (colour only then).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes `data` to `path` atomically (a temporary file renamed into place), so a reader never
    /// sees half a report; prints why and returns false when it cannot.
    static func writeFile(_ data: Data, to path: String) -> Bool {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            Terminal.error("cannot write \(path): \(error.localizedDescription)")
            return false
        }
    }
}
