import Foundation
import XCTest

/// Validates SARIF files against the official OASIS SARIF 2.1.0 JSON Schema with Python's `jsonschema`.
///
/// The schema lives beside the project, at `../shared/fixtures/sarif-schema-2.1.0.json` from the
/// package root, and is not copied into the repository. `.ci/run` installs `jsonschema` when missing.
enum SARIFSchema {
    static let schema = PlumbProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/sarif-schema-2.1.0.json")

    static let script = """
    import json, sys
    import jsonschema
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            failed = True
            print(f"{path}: {'/'.join(str(p) for p in error.absolute_path)}: {error.message}")
    sys.exit(1 if failed else 0)
    """

    /// Runs the validator over `files`; fails the test with every schema error when one does not conform.
    static func assertValid(_ files: [URL], file: StaticString = #filePath, line: UInt = #line) throws {
        guard FileManager.default.fileExists(atPath: schema.path) else {
            XCTFail("the SARIF 2.1.0 schema is missing at \(schema.path)", file: file, line: line)
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path] + files.map(\.path)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sarif-check-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        XCTAssertEqual(process.terminationStatus, 0, "SARIF schema validation failed (is python3 -m pip install jsonschema done?):\n\(text)", file: file, line: line)
    }
}
