/// Everything measured for one corpus size, from its two child processes, with the targets it is held to.
struct SizeResult {
    let records: Int
    let measure: ChildReport
    let check: ChildReport

    static let mebibyte = 1024.0 * 1024.0
    /// Target: read+validate at most this many times the libyaml floor.
    static let maxFloorRatio = 2.0

    var inputBytes: Double { measure["bytes"] }
    var floorSeconds: Double { measure["floor"] }
    var readValidateSeconds: Double { measure["rv"] }
    var checkSeconds: Double { check["check"] }
    /// The full check with the rule packs, or nil when none were given.
    var checkWithRulesSeconds: Double? { check.values["checkRules"] }
    var floorRatio: Double { readValidateSeconds / floorSeconds }
    /// The full check with rules against the floor timed in turns with it in the check process, or nil without rules.
    var checkFloorRatio: Double? {
        guard let ruled = check.values["checkRulesPaired"], let floor = check.values["checkFloor"] else { return nil }
        return ruled / floor
    }
    var recordsPerSecond: Double { Double(records) / readValidateSeconds }
    /// Peak RSS of the read+validate child (holds the input bytes in memory too).
    var readValidatePeak: Double { measure["peak"] }
    /// Peak RSS of the process that only ran the full check.
    var checkPeak: Double { check["checkPeak"] }
    var peak: Double { max(readValidatePeak, checkPeak) }
    /// Peak RSS growth over the child's start, per record: what holding the corpus and its records costs.
    var readValidateBytesPerRecord: Double { (readValidatePeak - measure["baselineRSS"]) / Double(records) }
    var checkBytesPerRecord: Double { (checkPeak - check["checkBaselineRSS"]) / Double(records) }
    /// Target: peak memory at most 3× the input bytes + 50 MiB.
    var memoryBudget: Double { 3 * inputBytes + 50 * Self.mebibyte }

    var meetsTimeTarget: Bool { floorRatio <= Self.maxFloorRatio }
    /// Target: the full check with every shipped pack at most 2.0× the floor (met trivially without rules).
    var meetsCheckTarget: Bool { checkFloorRatio.map { $0 <= Self.maxFloorRatio } ?? true }
    var meetsMemoryTarget: Bool { peak <= memoryBudget }

    /// The records loaded and the findings made; a valid corpus loads every record with no finding.
    var isValidData: Bool {
        measure["rvRecords"] == Double(records) && check["checkRecords"] == Double(records)
            && measure["rvFindings"] == 0 && check["checkFindings"] == 0 && (check.values["checkRulesFindings"] ?? 0) == 0
    }
}
