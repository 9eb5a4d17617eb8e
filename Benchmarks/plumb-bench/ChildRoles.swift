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
        let check = PlumblinePasses.tally(PlumblinePasses.readAndValidate(corpus.files))
        report["rvRecords"] = Double(check.records)
        report["rvFindings"] = Double(check.findings.count)
        if !check.findings.isEmpty {
            log("n=\(records): the synthetic records load with \(check.findings.count) findings, e.g.\n\(PlumblinePasses.describe(check.findings))")
        }

        log("n=\(records): libyaml floor and read+validate (1 thread) in turns, best of \(arguments.runs) each")
        let (floor, readValidate) = try Measurement.paired(
            runs: arguments.runs, { try LibyamlFloor.parse(buffers) }, { PlumblinePasses.readAndValidate(corpus.files) },
            summarise: { PlumblinePasses.tally($0).records })
        report["floor"] = floor.seconds
        report["floorCPU"] = floor.threadCPUSeconds
        report["events"] = Double(floor.result)
        report["rv"] = readValidate.seconds
        report["rvCPU"] = readValidate.threadCPUSeconds
        report["peak"] = Double(Measurement.peakResidentBytes)
        return report
    }

    /// Runs the whole `plumb check` pipeline on the folder with `jobs` threads, in a process that does nothing else:
    /// validation only, then (when rule packs are given) with the rules too. Its peak RSS covers both.
    static func check(folder: String, expectedRecords: Int, arguments: BenchArguments) throws -> ChildReport {
        var report = ChildReport()
        report["checkBaselineRSS"] = Double(Measurement.residentBytes)
        log("n=\(expectedRecords): full check (\(arguments.jobs) jobs), best of \(arguments.runs)")
        let plain = Measurement.best(of: arguments.runs, { PlumblinePasses.fullCheck(folder: folder, jobs: arguments.jobs) }, summarise: \.result)
        report["check"] = plain.seconds
        report["checkRecords"] = Double(plain.result.recordCount)
        report["checkFindings"] = Double(plain.result.findings.count + plain.result.unreadablePaths.count)
        complainAbout(plain.result, expectedRecords, "full check")
        guard let rules = arguments.rulesPath else {
            report["checkPeak"] = Double(Measurement.peakResidentBytes)
            return report
        }
        let engine = try PlumblinePasses.engine(rules: rules)
        report["rules"] = Double(engine.ruleCount)
        log("n=\(expectedRecords): full check with \(engine.ruleCount) rules from \(rules) (\(arguments.jobs) jobs), once for the peak RSS")
        let once = Measurement.best(of: 1, { PlumblinePasses.fullCheck(folder: folder, jobs: arguments.jobs, engine: engine) }, summarise: \.result)
        report["checkRulesFindings"] = Double(once.result.findings.count + once.result.unreadablePaths.count)
        complainAbout(once.result, expectedRecords, "full check with rules")
        // The peak is taken before the corpus is loaded into memory for the floor below.
        report["checkPeak"] = Double(Measurement.peakResidentBytes)

        // The full check is held to the libyaml floor of the same bytes, timed in turns with it in this process.
        let buffers = try CorpusFolder.yamlFiles(in: folder).map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        log("n=\(expectedRecords): libyaml floor and full check with rules in turns, best of \(arguments.runs) each")
        let (floor, ruled) = try Measurement.paired(
            runs: arguments.runs, { try LibyamlFloor.parse(buffers) },
            { PlumblinePasses.fullCheck(folder: folder, jobs: arguments.jobs, engine: engine) }, summarise: \.result)
        report["checkFloor"] = floor.seconds
        report["checkRules"] = min(once.seconds, ruled.seconds)
        report["checkRulesPaired"] = ruled.seconds
        return report
    }

    private static func complainAbout(_ result: CheckResult, _ expectedRecords: Int, _ pass: String) {
        if !result.findings.isEmpty {
            log("n=\(expectedRecords): the \(pass) found \(result.findings.count) findings, e.g.\n\(PlumblinePasses.describe(result.findings))")
        }
        for failure in result.unreadablePaths.prefix(5) {
            log("n=\(expectedRecords): the \(pass) could not read \(failure.path): \(failure.reason)")
        }
    }

    /// Progress on standard error, so it never mixes with the report line.
    static func log(_ message: String) {
        FileHandle.standardError.write(Data("[plumb-bench] \(message)\n".utf8))
    }
}
