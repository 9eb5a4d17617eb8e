import Foundation

// plumb-bench: the libyaml floor against Plumbline's read+validate and full check, on synthetic records.
// The parent re-executes itself once per measurement (`--child`, `--child-check`) so each peak RSS is its own.

let arguments: BenchArguments
switch BenchArguments.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed): arguments = parsed
case .failure(let error):
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

/// Measures every size in child processes and prints the table; true when every target is met.
func runAllSizes(under root: String) throws -> Bool {
    let (busyBefore, ownBefore, clock) = (Measurement.machineBusySeconds, Measurement.ownCPUSeconds, ContinuousClock())
    let started = clock.now
    var results: [SizeResult] = []
    for records in arguments.recordCounts {
        let folder = root + "/n\(records)"
        let measure = try ChildProcess.run(["--child", String(records), "--folder", folder] + arguments.sharedChildArguments)
        let check = try ChildProcess.run(["--child-check", folder, "--expect", String(records)] + arguments.sharedChildArguments)
        results.append(SizeResult(records: records, measure: measure, check: check))
        if !arguments.keepFolders { try? FileManager.default.removeItem(atPath: folder) }
    }
    let wall = Measurement.seconds(started.duration(to: clock.now))
    let otherWork = max(0, (Measurement.machineBusySeconds - busyBefore) - (Measurement.ownCPUSeconds - ownBefore))
    let table = ResultTable(results: results, jobs: arguments.jobs, runs: arguments.runs)
    print("plumb-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, seed \(arguments.seed), "
        + "\(arguments.recordsPerFile) records per file, \(String(format: "%.0f", wall)) s; "
        + "other processes used \(String(format: "%.1f", otherWork)) CPU-s meanwhile")
    if otherWork > 0.1 * wall {
        print("warning: the machine was busy with other work during the run; timings are not trustworthy, run again on a quiet machine")
    }
    print(table.text)
    if arguments.keepFolders { print("corpora kept under \(root)") }
    return table.allTargetsMet
}

do {
    switch arguments.role {
    case .measure(let records, let folder):
        print(try ChildRoles.measure(records: records, folder: folder, arguments: arguments).line)
    case .check(let folder, let expectedRecords):
        print(try ChildRoles.check(folder: folder, expectedRecords: expectedRecords, arguments: arguments).line)
    case .parent:
        let root = FileManager.default.temporaryDirectory.path + "/plumb-bench-\(ProcessInfo.processInfo.processIdentifier)"
        let met: Bool
        do {
            met = try runAllSizes(under: root)
        } catch {
            try? FileManager.default.removeItem(atPath: root)
            throw error
        }
        if !arguments.keepFolders { try? FileManager.default.removeItem(atPath: root) }
        exit(met ? 0 : 1)
    }
} catch {
    FileHandle.standardError.write(Data("plumb-bench: \(error)\n".utf8))
    exit(2)
}
