import Foundation

/// Ctrl-C, `kill` and a closed terminal (SIGINT, SIGTERM, SIGHUP) during a checklist run: every
/// answer is already on disk (saved atomically before the next prompt), so the handler only says
/// how to resume and exits 130. It uses write(2) and _exit(2), the calls a signal handler may make.
enum InterruptGuard {
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var length = 0

    static func install(resumeHint: String) {
        let text = "\nplumb: interrupted; every answer given so far is saved. Resume with: \(resumeHint)\n"
        let bytes = Array(text.utf8CString)
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        message = buffer
        length = bytes.count - 1
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { _ in
                if let message = InterruptGuard.message {
                    _ = write(STDERR_FILENO, message, InterruptGuard.length)
                }
                _exit(130)
            }
        }
    }
}
