import Foundation
import Plumbline

/// The command line of `plumb-bench`.
///
/// `plumb-bench [--records 10000,100000] [--runs 3] [--jobs N] [--seed 42] [--per-file 100] [--rules PATH | --no-rules] [--keep]`.
/// `--child N` and `--child-check FOLDER` are internal: the parent re-executes itself with them so that
/// each measurement has a fresh process and its own peak RSS.
struct BenchArguments {
    enum Role {
        /// Run every size in child processes and print the table.
        case parent
        /// Generate `records` records, time the floor and read+validate, print one result line.
        case measure(records: Int, folder: String)
        /// Run the full `SubmissionCheck` on a generated folder, print one result line.
        case check(folder: String, expectedRecords: Int)
    }

    var role: Role = .parent
    var recordCounts = [10_000, 100_000]
    var runs = 3
    var jobs = CheckOptions.defaultJobs
    var seed: UInt64 = 42
    var recordsPerFile = 100
    var keepFolders = false
    /// Rule packs for the "full check + rules" figure: the shipped `rules/` folder when run from the repository.
    var rulesPath: String? = FileManager.default.fileExists(atPath: "rules") ? "rules" : nil

    static let usage = """
        usage: plumb-bench [--records 10000,100000] [--runs 3] [--jobs N] [--seed 42] [--per-file 100]
                           [--rules PATH | --no-rules] [--keep]
        """

    /// Parses `arguments` (without the program name), or says why they make no sense.
    static func parse(_ arguments: [String]) -> Result<BenchArguments, BenchError> {
        var parsed = BenchArguments()
        var childRecords: Int?
        var childFolder: String?
        var checkFolder: String?
        var rest = arguments[...]
        func value(_ flag: String) throws(BenchError) -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(flag) needs a value\n\(usage)") }
            return next
        }
        func positive(_ flag: String) throws(BenchError) -> Int {
            let text = try value(flag)
            guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number > 0 else {
                throw BenchError("\(flag) needs a positive whole number, not '\(text)'")
            }
            return number
        }
        do {
            while let flag = rest.popFirst() {
                switch flag {
                case "--records":
                    let text = try value(flag)
                    let counts = text.split(separator: ",").map { Int($0.replacingOccurrences(of: "_", with: "")) }
                    guard !counts.isEmpty, counts.allSatisfy({ ($0 ?? 0) > 0 }) else {
                        throw BenchError("--records needs positive counts separated by commas, not '\(text)'")
                    }
                    parsed.recordCounts = counts.map { $0! }
                case "--runs": parsed.runs = try positive(flag)
                case "--jobs": parsed.jobs = try positive(flag)
                case "--seed": parsed.seed = UInt64(try positive(flag))
                case "--per-file": parsed.recordsPerFile = try positive(flag)
                case "--keep": parsed.keepFolders = true
                case "--rules": parsed.rulesPath = try value(flag)
                case "--no-rules": parsed.rulesPath = nil
                case "--child": childRecords = try positive(flag)
                case "--folder": childFolder = try value(flag)
                case "--child-check": checkFolder = try value(flag)
                case "--expect": childRecords = try positive(flag)
                case "-h", "--help": throw BenchError(usage)
                default: throw BenchError("unknown argument '\(flag)'\n\(usage)")
                }
            }
        } catch {
            return .failure(error as? BenchError ?? BenchError("\(error)"))
        }
        if let checkFolder {
            parsed.role = .check(folder: checkFolder, expectedRecords: childRecords ?? 0)
        } else if let childRecords {
            guard let childFolder else { return .failure(BenchError("--child needs --folder")) }
            parsed.role = .measure(records: childRecords, folder: childFolder)
        }
        return .success(parsed)
    }

    /// The arguments every child inherits.
    var sharedChildArguments: [String] {
        ["--runs", String(runs), "--jobs", String(jobs), "--seed", String(seed), "--per-file", String(recordsPerFile)]
            + (rulesPath.map { ["--rules", $0] } ?? ["--no-rules"])
    }
}

/// A failure of the benchmark itself (bad arguments, a child that died, invalid synthetic data).
struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
