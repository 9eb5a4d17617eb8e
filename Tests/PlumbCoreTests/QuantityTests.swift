import PlumbCore
import XCTest

/// Quantities: parsing unit strings, converting within a dimension, refusing across.
final class QuantityTests: XCTestCase {
    func testParsesNumbersWithUnitsAndAliases() throws {
        let cases: [(String, Double, PhysicalUnit)] = [
            ("6.5 m", 6.5, .metre), ("650cm", 650, .centimetre), ("12 kN/m²", 12, .kilonewtonPerSquareMetre),
            ("12 kN/m2", 12, .kilonewtonPerSquareMetre), ("120 kN", 120, .kilonewton), ("12 t", 12, .tonne),
            ("30 mA", 30, .milliampere), ("0.1 s", 0.1, .second), ("36 V", 36, .volt), ("14 d", 14, .day),
            ("C30 ", .nan, .metre), ("25 MPa", 25, .megapascal), ("5 °C", 5, .celsius), ("80%", 80, .percent),
            ("6.5米", 6.5, .metre), ("  7  ", 7, .kilonewton), ("1e3 mm", 1000, .millimetre),
        ]
        for (text, amount, unit) in cases where !amount.isNaN {
            let quantity = try Quantity.parse(text, defaultUnit: unit == .kilonewton ? .kilonewton : .metre).get()
            XCTAssertEqual(quantity.amount, amount, text)
            XCTAssertEqual(quantity.unit, unit, text)
        }
        XCTAssertEqual(Quantity.parse("C30", defaultUnit: .metre), .failure(.notANumber))
        XCTAssertEqual(Quantity.parse("3 furlongs", defaultUnit: .metre), .failure(.unknownUnit("furlongs")))
    }

    func testConvertsWithinADimensionOnly() {
        XCTAssertEqual(Quantity(650, .centimetre).amount(in: .metre), 6.5)
        XCTAssertEqual(Quantity(1, .megapascal).amount(in: .kilonewtonPerSquareMetre), 1000)
        XCTAssertEqual(Quantity(2, .day).amount(in: .hour), 48)
        XCTAssertEqual(Quantity(30, .milliampere).amount(in: .ampere)!, 0.03, accuracy: 1e-12)
        XCTAssertNil(Quantity(12, .tonne).amount(in: .kilonewton), "mass never silently becomes force")
        XCTAssertNil(Quantity(6.5, .metre).amount(in: .kilonewton))
    }

    func testDescriptionIsShort() {
        XCTAssertEqual(Quantity(6.5, .metre).description, "6.5 m")
        XCTAssertEqual(Quantity(12, .kilonewtonPerSquareMetre).description, "12 kN/m²")
        XCTAssertEqual(Quantity(80, .percent).description, "80%")
    }
}

/// Quantities store their unit as an index into the catalog; every unit must be there, once.
final class UnitCatalogTests: XCTestCase {
    func testEveryUnitIsInTheCatalogOnceAndRoundTrips() {
        XCTAssertEqual(Set(UnitCatalog.all.map(\.symbol)).count, UnitCatalog.all.count)
        for unit in UnitCatalog.all {
            XCTAssertEqual(Quantity(1, unit).unit, unit)
            XCTAssertEqual(UnitCatalog.unit(unit.symbol), unit)
        }
    }
}
