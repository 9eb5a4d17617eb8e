import PlumbCore
import XCTest

/// Field paths and value look-up.
final class FieldPathTests: XCTestCase {
    func testBracketAndDotIndicesAreTheSamePath() {
        XCTAssertEqual(FieldPath.components("spec.items[2].id"), [.key("spec"), .key("items"), .index(2), .key("id")])
        XCTAssertEqual(FieldPath.components("spec.items.2.id"), FieldPath.components("spec.items[2].id"))
        XCTAssertEqual(FieldPath.components("a[0][1]"), [.key("a"), .index(0), .index(1)])
    }

    func testValueLookUpFollowsMappingsAndLists() {
        let item = Value(.mapping(Mapping([.init(key: "id", keyPosition: .start, value: Value(.string("TC-01")))])))
        let root = Value(.mapping(Mapping([.init(key: "items", keyPosition: .start, value: Value(.list([item])))])))
        XCTAssertEqual(root.value(at: "items[0].id")?.stringValue, "TC-01")
        XCTAssertNil(root.value(at: "items[1].id"))
        XCTAssertNil(root.value(at: "items.id"))
    }

    func testSuggestionsFindLikelyTypos() {
        XCTAssertEqual(Suggestion.closest(to: "levle", among: ["level", "status"]), "level")
        XCTAssertEqual(Suggestion.closest(to: "excavatonDepth", among: ["excavationDepth", "pileDepth"]), "excavationDepth")
        XCTAssertNil(Suggestion.closest(to: "zzz", among: ["level", "status"]))
    }
}
