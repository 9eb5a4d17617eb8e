import Foundation
import Plumbline

/// The work each child process does; each prints one ``ChildReport`` line on standard output.
enum ChildRoles {
    /// Generates the corpus, checks it is valid, times the libyaml floor and Plumbline's single-threaded read+validate.
    static func measure(records: Int, folder: String, arguments: BenchArguments) throws -> ChildReport {
        var report = ChildReport()
        report["baselineRSS"] = Double(Measurement.residentBytes)
        log("n=\(records): generating \(records) records into \(folder)")
        let corpus = try SyntheticCorpus.generate(records: records, perFile: arguments.recordsPerFile, seed: arguments.seed, into: folder)
        let buffers = corpus.files.map(\.bytes)
        report["records"] = Double(corpus.recordCount)
        report["files"] = Double(corpus.files.count)
        report["bytes"] = Double(corpus.byteCount)

        // A benchmark on invalid data is meaningless: the corpus must load with zero findings.
        let check = PlumblinePasses.readAndValidate(corpus.files)
        report["rvRecords"] = Double(check.records)
        report["rvFindings"] = Double(check.findings.count)
        if !check.findings.isEmpty {
            log("n=\(records): the synthetic records load with \(check.findings.count) findings, e.g.\n\(PlumblinePasses.describe(check.findings))")
        }

        log("n=\(records): libyaml floor, best of \(arguments.runs)")
        let floor = try Measurement.best(of: arguments.runs) { try LibyamlFloor.parse(buffers) }
        report["floor"] = floor.seconds
        report["events"] = Double(floor.result)

        log("n=\(records): read+validate (1 thread), best of \(arguments.runs)")
        let readValidate = Measurement.best(of: arguments.runs) { PlumblinePasses.readAndValidate(corpus.files).records }
        report["rv"] = readValidate.seconds
        report["peak"] = Double(Measurement.peakResidentBytes)
        return report
    }

    /// Runs the whole `plumb check` pipeline on the folder with `jobs` threads, in a process that does nothing else.
    static func check(folder: String, expectedRecords: Int, arguments: BenchArguments) -> ChildReport {
        var report = ChildReport()
        report["checkBaselineRSS"] = Double(Measurement.residentBytes)
        log("n=\(expectedRecords): full check (\(arguments.jobs) jobs), best of \(arguments.runs)")
        let run = Measurement.best(of: arguments.runs) { PlumblinePasses.fullCheck(folder: folder, jobs: arguments.jobs) }
        report["check"] = run.seconds
        report["checkRecords"] = Double(run.result.recordCount)
        report["checkFiles"] = Double(run.result.fileCount)
        report["checkFindings"] = Double(run.result.findings.count + run.result.unreadablePaths.count)
        report["checkPeak"] = Double(Measurement.peakResidentBytes)
        if !run.result.findings.isEmpty {
            log("n=\(expectedRecords): the full check found \(run.result.findings.count) findings, e.g.\n\(PlumblinePasses.describe(run.result.findings))")
        }
        return report
    }

    /// Progress on standard error, so it never mixes with the report line.
    static func log(_ message: String) {
        FileHandle.standardError.write(Data("[plumb-bench] \(message)\n".utf8))
    }
}
