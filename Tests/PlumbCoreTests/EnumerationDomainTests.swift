import XCTest
@testable import PlumbCore

/// Validation finds an enumeration's token on the written bytes when they are a token or a Chinese term
/// exactly (`token(forUTF8:)`), and goes the `String` way otherwise: both must name the same token.
final class EnumerationDomainTests: XCTestCase {
    let domains: [EnumerationDomain] = [
        .discipline, .planCategory, .scaffoldType, .attachmentType, .approvalRole, .expertConclusion, .checklistGroup, .itemResult,
        .verificationResult, .hazardLevel, .ticketStatus, .riskMethod, .riskLevel, .controlLevel, .admixtureType, .coverMemberClass,
        HazardClass.domain,
    ]

    func testTheByteLookUpAgreesWithTheTextLookUp() {
        for domain in domains {
            for item in domain.cases {
                for written in [item.token] + item.chineseTerms {
                    let found = Array(written.utf8).withUnsafeBufferPointer(domain.token(forUTF8:))
                    XCTAssertEqual(found, item.token, "\(domain.name): '\(written)'")
                    XCTAssertEqual(found, domain.token(for: written), "\(domain.name): '\(written)'")
                }
                // Other spellings are left to the text look-up, which accepts them.
                for variant in [item.token.uppercased(), " \(item.token) ", (item.chineseTerms.first ?? item.token) + "　"] {
                    let found = Array(variant.utf8).withUnsafeBufferPointer(domain.token(forUTF8:))
                    XCTAssertTrue(found == nil || found == domain.token(for: variant), "\(domain.name): '\(variant)'")
                }
            }
            XCTAssertNil(Array("not-a-value".utf8).withUnsafeBufferPointer(domain.token(forUTF8:)))
        }
    }
}
