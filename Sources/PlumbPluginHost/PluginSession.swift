import Foundation
import PlumbCore

/// The conversation with one running plugin: started on first use, one exchange at a time (callers on other
/// threads wait), every read and write under the manifest's timeout.
///
/// The first failure (crash, hang, garbage, wrong id, oversized answer) stops the plugin's process group and
/// is remembered: later calls fail at once with the same ``CheckerFailure``, so one broken plugin costs one
/// timeout, not one per record.
final class PluginSession: @unchecked Sendable {
    private enum State {
        case idle
        case running(ChildProcess, LineChannel)
        case failed(CheckerFailure)
    }

    let manifest: PluginManifest
    private let lock = NSLock()
    private var state = State.idle
    private var nextID = 1

    init(manifest: PluginManifest) {
        self.manifest = manifest
    }

    deinit { shutdown() }

    /// Sends one `check` message and returns the answer for each request index: findings or an error text.
    func exchange(_ requests: [PluginMessages.Request]) throws(CheckerFailure) -> [Int: PluginMessages.Answer] {
        lock.lock()
        defer { lock.unlock() }
        var (child, channel) = try running()
        let id = nextID
        nextID += 1
        let deadline = ContinuousClock.now + timeout
        do {
            try channel.write(PluginMessages.check(id: id, requests: requests), before: deadline)
        } catch {
            throw fail(child, because: error, while: "reading the check request \(id)")
        }
        let response = try receive(from: child, &channel, before: deadline, answering: "check request \(id)")
        state = .running(child, channel)
        switch response.type {
        case "result":
            guard response.id == id else {
                throw fail(child, "answered check request \(id) with id \(response.id.map(String.init) ?? "none")")
            }
            return try results(response.results ?? [], for: requests, child: child)
        case "error":
            guard response.id == id else {
                throw fail(child, "answered check request \(id) with id \(response.id.map(String.init) ?? "none")")
            }
            throw CheckerFailure(plugin: manifest.id, reason: "reported an error for check request \(id): \(response.message ?? "(no message)")")
        default:
            throw fail(child, "answered check request \(id) with a '\(response.type)' message instead of 'result'")
        }
    }

    /// Says goodbye (`shutdown`), gives the plugin a moment to exit, then stops its process group. A plugin
    /// that failed stays failed; one that was shut down starts again on next use.
    func shutdown() {
        lock.lock()
        defer { lock.unlock() }
        guard case .running(let child, let channel) = state else { return }
        try? channel.write(PluginMessages.shutdown(id: nextID), before: ContinuousClock.now + .milliseconds(200))
        child.closeInput()
        _ = child.exitStatus(waitingUpTo: 1)
        child.terminate()
        state = .idle
    }

    // MARK: - Steps

    private var timeout: Duration { .milliseconds(Int(manifest.timeout * 1000)) }

    /// The running process, starting it (and shaking hands) when idle.
    private func running() throws(CheckerFailure) -> (ChildProcess, LineChannel) {
        switch state {
        case .failed(let failure):
            throw failure
        case .running(let child, let channel):
            return (child, channel)
        case .idle:
            let child: ChildProcess
            do {
                child = try ChildProcess.spawn(manifest.command, in: manifest.folder, environment: ProcessInfo.processInfo.environment)
            } catch {
                let failure = CheckerFailure(plugin: manifest.id, reason: "could not be started: \(error)")
                state = .failed(failure)
                throw failure
            }
            var channel = LineChannel(input: child.input, output: child.output)
            let deadline = ContinuousClock.now + timeout
            do {
                try channel.write(PluginMessages.handshake(id: 0, plugin: manifest.id), before: deadline)
            } catch {
                throw fail(child, because: error, while: "reading the handshake")
            }
            let answer = try receive(from: child, &channel, before: deadline, answering: "the handshake")
            guard answer.type == "handshake", answer.id == 0 else {
                throw fail(child, "answered the handshake with a '\(answer.type)' message (id \(answer.id.map(String.init) ?? "none")) instead of 'handshake' with id 0")
            }
            guard let version = answer.protocolVersion, PluginManifest.supportedProtocolVersions.contains(version) else {
                throw fail(child, "speaks protocol version \(answer.protocolVersion.map(String.init) ?? "none"); plumb speaks 1")
            }
            if let offered = answer.checks {
                let missing = manifest.checks.map(\.id).filter { !offered.contains($0) }
                if !missing.isEmpty { throw fail(child, "does not offer \(missing.joined(separator: ", ")), which plugin.yaml declares") }
            }
            state = .running(child, channel)
            return (child, channel)
        }
    }

    /// The next message, decoded; any failure stops the plugin.
    private func receive(from child: ChildProcess, _ channel: inout LineChannel, before deadline: ContinuousClock.Instant,
                         answering what: String) throws(CheckerFailure) -> PluginMessages.Response {
        let line: [UInt8]
        do {
            line = try channel.readLine(before: deadline, limit: manifest.maxResponseBytes)
        } catch {
            throw fail(child, because: error, while: "answering \(what)")
        }
        do {
            return try JSONDecoder().decode(PluginMessages.Response.self, from: Data(line))
        } catch {
            let text = PluginSession.printable(String(decoding: line.prefix(120), as: UTF8.self))
            throw fail(child, "wrote something that is not a protocol message while answering \(what): '\(text)\(line.count > 120 ? "…" : "")'")
        }
    }

    /// Each request's answer; a missing or unknown index is a protocol failure.
    private func results(_ results: [PluginMessages.Result], for requests: [PluginMessages.Request],
                         child: ChildProcess) throws(CheckerFailure) -> [Int: PluginMessages.Answer] {
        let asked = Set(requests.map(\.index))
        var answers: [Int: PluginMessages.Answer] = [:]
        for result in results {
            guard asked.contains(result.index), answers[result.index] == nil else {
                throw fail(child, "answered for request index \(result.index), which was not asked or was answered twice")
            }
            if let error = result.error {
                answers[result.index] = .error(error)
            } else {
                answers[result.index] = .findings((result.findings ?? []).map { CheckerFinding(message: $0.message, path: $0.path) })
            }
        }
        if let missing = requests.first(where: { answers[$0.index] == nil }) {
            throw fail(child, "did not answer request index \(missing.index) of \(requests.count)")
        }
        return answers
    }

    private func fail(_ child: ChildProcess, because error: LineChannel.Failure, while what: String) -> CheckerFailure {
        switch error {
        case .timedOut:
            return fail(child, "did not answer within \(manifest.timeout.tidy) s (\(what))")
        case .oversized:
            return fail(child, "sent a line longer than \(manifest.maxResponseBytes) bytes (\(what))")
        case .closed:
            let status = child.exitStatus(waitingUpTo: 0.5).map(ChildProcess.describe) ?? "closed its output"
            let said = child.lastErrorLine().map { "; it said: \(PluginSession.printable($0))" } ?? ""
            return fail(child, "\(status) while \(what)\(said)", stopped: false)
        }
    }

    /// Text from a plugin made safe for a terminal: control characters (escape sequences) become `?`.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }

    /// Stops the plugin (its whole process group) and remembers why; `stopped` says so in the reason.
    private func fail(_ child: ChildProcess, _ reason: String, stopped: Bool = true) -> CheckerFailure {
        let failure = CheckerFailure(plugin: manifest.id, reason: stopped ? "\(reason); it was stopped" : reason)
        child.terminate()
        state = .failed(failure)
        return failure
    }
}
