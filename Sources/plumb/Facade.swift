import ArgumentParser
import Plumbline

/// Turns the facade's errors into messages on standard error and exit code 2.
enum Facade {
    /// The value of `body`, or, when it throws, every line of its error printed and exit 2.
    static func orExit<T>(_ body: () throws(PlumblineError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            report(error)
            throw ExitStatus.incomplete
        }
    }

    /// Prints `error` (each configuration problem on its own line).
    static func report(_ error: PlumblineError) {
        if case .configuration(let issues) = error {
            for issue in issues { Terminal.error(issue.description) }
        } else {
            Terminal.error(error.description)
        }
    }
}
