import PlumbCore
import PlumbReport
import XCTest

/// The registry lists every reporter once, and each identifier finds its reporter.
final class ReporterRegistryTests: XCTestCase {
    func testEveryIdentifierFindsItsReporter() {
        for identifier in ReporterRegistry.identifiers {
            XCTAssertNotNil(ReporterRegistry.reporter(identifier, useColour: false), identifier)
        }
        XCTAssertEqual(Set(ReporterRegistry.identifiers).count, ReporterRegistry.identifiers.count)
        XCTAssertNil(ReporterRegistry.reporter("pdf", useColour: false))
    }
}
