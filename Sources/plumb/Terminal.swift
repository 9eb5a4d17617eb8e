import Foundation

/// Writing to the terminal: the only place output leaves the program.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("plumb: " + text + "\n").utf8))
    }

    /// Whether standard output is a terminal (colour only then).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
