import Foundation

/// Writing to the terminal and to report files: the only place output leaves the program.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Text for the person at the terminal that is not the report (e.g. `--profile`): standard error, as is.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("plumb: " + text + "\n").utf8))
    }

    /// Writes `text` to the file at `path` atomically, or to standard output when `path` is nil.
    /// Returns false (after saying why) when the file cannot be written.
    static func deliver(_ text: String, to path: String?) -> Bool {
        guard let path else {
            write(text)
            return true
        }
        return writeFile(Data(text.utf8), to: path)
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
