import Foundation

/// Writing to the terminal: the only place output leaves the program.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
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
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            self.error("cannot write \(path): \(error.localizedDescription)")
            return false
        }
    }

    /// Whether standard output is a terminal (colour only then).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
