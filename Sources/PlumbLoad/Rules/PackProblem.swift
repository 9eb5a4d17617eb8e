public import PlumbCore

/// Every problem in a rule pack, found when it loads, before any record is read (exit 2).
public enum PackProblem: String, Sendable, CaseIterable {
    case invalidYAML = "pack/invalid-yaml"
    case notAPack = "pack/not-a-pack"
    case unknownKey = "pack/unknown-key"
    case missingKey = "pack/missing-key"
    case badValue = "pack/bad-value"
    case duplicatePack = "pack/duplicate-pack"
    case duplicateRule = "pack/duplicate-rule"
    case unknownParameter = "pack/unknown-parameter"
    case badExpression = "pack/bad-expression"
    case unknownChecker = "pack/unknown-checker"
    case badCheckerOptions = "pack/bad-checker-options"
    case unknownPack = "pack/unknown-pack"
    case extendsCycle = "pack/extends-cycle"
    case badExample = "pack/bad-example"
    case unreadable = "pack/unreadable"
}

/// A problem in a pack file, with its location.
public typealias PackLoadError = LocatedError<PackProblem>
