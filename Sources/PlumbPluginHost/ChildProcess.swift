import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plugin's process: started in its own process group with pipes for stdin and stdout and its stderr in a
/// temporary file, so the host can read with deadlines, kill the whole group (grandchildren too) and report
/// what the plugin said before it died.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    /// Write end of the child's stdin (non-blocking).
    let input: Int32
    /// Read end of the child's stdout.
    let output: Int32
    /// Where the child's stderr goes.
    let errorFile: String
    private var reaped: Int32?
    private var inputClosed = false

    /// Why a process could not be started.
    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Serialises pipe creation and spawning, so no child inherits another plugin's pipe ends.
    private static let spawnLock = NSLock()

    /// Writing to a pipe whose reader died must give EPIPE, not kill plumb: SIGPIPE is ignored once, process-wide.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    private init(pid: pid_t, input: Int32, output: Int32, errorFile: String) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errorFile = errorFile
    }

    /// Starts `command` (looked up on PATH unless it contains a slash) with `folder` as its working directory.
    static func spawn(_ command: [String], in folder: String, environment: [String: String]) throws -> ChildProcess {
        _ = ignoreBrokenPipes
        spawnLock.lock()
        defer { spawnLock.unlock() }
        var inPipe: [Int32] = [-1, -1]
        var outPipe: [Int32] = [-1, -1]
        guard pipe(&inPipe) == 0 else { throw SpawnError(description: "cannot create a pipe: \(String(cString: strerror(errno)))") }
        guard pipe(&outPipe) == 0 else {
            close(inPipe[0]); close(inPipe[1])
            throw SpawnError(description: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        for fd in inPipe + outPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let errorFile = NSTemporaryDirectory() + "plumb-plugin-\(getpid())-\(UUID().uuidString).stderr"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // `sh -c 'cd -- "$1" && shift && exec "$@"' plumb FOLDER COMMAND...`: the working directory without a
        // non-portable spawn action; exec keeps the pid, so the child is the plugin itself.
        let arguments = ["/bin/sh", "-c", "cd -- \"$1\" && shift && exec \"$@\"", "plumb", folder] + command
        let environmentLines = environment.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environmentLines.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
        close(inPipe[0])
        close(outPipe[1])
        guard status == 0 else {
            close(inPipe[1]); close(outPipe[0])
            unlink(errorFile)
            throw SpawnError(description: "cannot start /bin/sh: \(String(cString: strerror(status)))")
        }
        let flags = fcntl(inPipe[1], F_GETFL)
        _ = fcntl(inPipe[1], F_SETFL, flags | O_NONBLOCK)
        let child = ChildProcess(pid: pid, input: inPipe[1], output: outPipe[0], errorFile: errorFile)
        LiveChildren.shared.add(pid)
        return child
    }

    /// Closes the child's stdin (it sees end of input).
    func closeInput() {
        guard !inputClosed else { return }
        inputClosed = true
        close(input)
    }

    /// The child's exit status if it has exited, waiting up to `seconds`; nil if it is still running.
    func exitStatus(waitingUpTo seconds: Double) -> Int32? {
        if let reaped { return reaped }
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                reaped = status
                LiveChildren.shared.remove(pid)
                return status
            }
            if result < 0, errno != EINTR {
                reaped = 0
                LiveChildren.shared.remove(pid)
                return 0
            }
            if ContinuousClock.now >= deadline { return nil }
            usleep(10_000)
        }
    }

    /// Kills the child's whole process group and reaps the child; closes the pipes. Safe to call twice.
    func terminate() {
        kill(-pid, SIGKILL)
        if reaped == nil {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            reaped = status
            LiveChildren.shared.remove(pid)
        }
        closeInput()
        if output >= 0 { close(output) }
        unlink(errorFile)
    }

    /// `exited with status 3` or `was killed by signal 9`.
    static func describe(_ status: Int32) -> String {
        let signal = status & 0x7f
        if signal == 0 { return "exited with status \((status >> 8) & 0xff)" }
        return "was killed by signal \(signal)"
    }

    /// The last line the child wrote to stderr (up to 300 characters), if any.
    func lastErrorLine() -> String? {
        guard let data = FileManager.default.contents(atPath: errorFile), !data.isEmpty else { return nil }
        let text = String(decoding: data.suffix(4096), as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).last(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
        return line.count > 300 ? String(line.suffix(300)) : String(line)
    }
}

/// Every plugin process still running, so an interrupted plumb can stop them all (``PluginHost/terminateAll()``).
final class LiveChildren: @unchecked Sendable {
    static let shared = LiveChildren()
    private let lock = NSLock()
    private var pids: Set<pid_t> = []

    func add(_ pid: pid_t) { lock.withLock { _ = pids.insert(pid) } }
    func remove(_ pid: pid_t) { lock.withLock { _ = pids.remove(pid) } }

    /// Kills every recorded process group and reaps the plugins themselves.
    func killAll() {
        let all = lock.withLock { pids }
        for pid in all { kill(-pid, SIGKILL) }
        for pid in all {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        }
    }
}
