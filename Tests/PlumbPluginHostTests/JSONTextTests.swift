@testable import PlumbPluginHost
import PlumbCore
import XCTest

/// Records as the plugin protocol sends them: one line of JSON that any JSON parser reads back.
final class JSONTextTests: XCTestCase {
    func testValuesBecomeJSON() throws {
        let record = Value(.mapping(Mapping([
            .init(key: "text", keyPosition: .start, value: Value(.string("引号\" 反斜杠\\ 换行\n 制表\t \u{01} \u{2028}"))),
            .init(key: "date", keyPosition: .start, value: Value(.date(CalendarDate(year: 2026, month: 11, day: 3)!))),
            .init(key: "depth", keyPosition: .start, value: Value(.quantity(Quantity(6.5, .metre)))),
            .init(key: "count", keyPosition: .start, value: Value(.integer(12))),
            .init(key: "ratio", keyPosition: .start, value: Value(.number(0.25))),
            .init(key: "infinite", keyPosition: .start, value: Value(.number(.infinity))),
            .init(key: "list", keyPosition: .start, value: Value(.list([Value(.bool(true)), Value(.null)]))),
        ])))
        let text = JSONText.text(record)
        XCTAssertFalse(text.contains("\n"))
        XCTAssertEqual(text, #"{"text":"引号\" 反斜杠\\ 换行\n 制表\t \u0001 \u2028","date":"2026-11-03","depth":{"amount":6.5,"unit":"m"},"count":12,"ratio":0.25,"infinite":null,"list":[true,null]}"#)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["text"] as? String, "引号\" 反斜杠\\ 换行\n 制表\t \u{01} \u{2028}")
    }
}
