import Foundation

/// The files changed since a git revision (`--changed-since REV`): what `git diff --name-only REV`
/// lists (committed, staged and unstaged changes) plus untracked files git does not ignore.
public struct ChangeSet: Sendable, Equatable {
    /// The revision as written.
    public var revision: String
    /// Changed files, absolute with symbolic links resolved.
    public var files: Set<String>

    public init(revision: String, files: Set<String>) {
        self.revision = revision
        self.files = files
    }

    /// Whether `file` (as walked) is one of the changed files.
    public func contains(_ file: String) -> Bool { files.contains(ProjectPath.canonical(file)) }

    /// Asks git, run in `folder` (default: the current folder). Throws ``PlumblineError/unknownRevision(_:)``
    /// for a revision git does not know, ``PlumblineError/git(_:)`` when git cannot run or this is not a repository.
    public static func since(_ revision: String, in folder: String? = nil) throws(PlumblineError) -> ChangeSet {
        let folder = folder ?? FileManager.default.currentDirectoryPath
        guard !revision.isEmpty, !revision.hasPrefix("-") else { throw .unknownRevision(revision) }
        let top = try git(["rev-parse", "--show-toplevel"], in: folder, failure: { "not inside a git repository (\($0))" })
        let root = top.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            _ = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision)^{commit}"], in: folder)
        } catch {
            throw .unknownRevision(revision)
        }
        let changed = try git(["diff", "--name-only", "-z", "--no-renames", revision, "--"], in: root, failure: { "git diff failed: \($0)" })
        let untracked = try git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], in: root, failure: { "git ls-files failed: \($0)" })
        var files: Set<String> = []
        for name in (changed + untracked).split(separator: "\0") where !name.isEmpty {
            files.insert(ProjectPath.canonical(root + "/" + name))
        }
        return ChangeSet(revision: revision, files: files)
    }

    /// Why git failed: its standard error.
    struct Failure: Error {
        var message: String
    }

    private static func git(_ arguments: [String], in folder: String, failure: (String) -> String) throws(PlumblineError) -> String {
        do {
            return try run(arguments, in: folder)
        } catch {
            throw .git(failure(error.message))
        }
    }

    /// Runs git; its output goes to temporary files so a long answer cannot block it.
    private static func run(_ arguments: [String], in folder: String) throws(Failure) -> String {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("plumb-git-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create a temporary folder: \(error.localizedDescription)")
        }
        defer { try? manager.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        _ = manager.createFile(atPath: outURL.path, contents: nil)
        _ = manager.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotepath=off"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        do {
            let out = try FileHandle(forWritingTo: outURL)
            let err = try FileHandle(forWritingTo: errURL)
            defer {
                try? out.close()
                try? err.close()
            }
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        } catch {
            throw Failure(message: "cannot run git: \(error.localizedDescription)")
        }
        let output = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let message = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(message: message.isEmpty ? "git exited with status \(process.terminationStatus)" : message)
        }
        return output
    }
}
