/// A calendar date (日期) from an ISO 8601 text: `2026-11-02` or `2026-11-02T14:30:00+08:00`.
///
/// Rules compare days, so a date-time keeps its local calendar day; the written text is kept for messages.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    private let storage: Int32
    public var dayNumber: Int { Int(storage) }
    public var year: Int { CalendarDate.civil(Int(storage)).0 }
    public var month: Int { CalendarDate.civil(Int(storage)).1 }
    public var day: Int { CalendarDate.civil(Int(storage)).2 }

    /// A date, or nil when the day does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.storage = Int32(CalendarDate.daysFromCivil(year: year, month: month, day: day))
    }

    /// The date `days` after this one.
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The date with the given day number.
    public init(dayNumber: Int) { storage = Int32(dayNumber) }

    static func civil(_ dayNumber: Int) -> (Int, Int, Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Parses an ISO 8601 date or date-time; nil when the text is not one or names a day that does not exist.
    public init?(iso text: String) {
        // Read in place: validation parses every date field of every record, and copying the text into an
        // array first cost an allocation per date.
        var text = text
        guard let date = text.withUTF8({ CalendarDate.parse($0) }) else { return nil }
        self = date
    }

    /// ``init(iso:)`` on UTF-8 bytes (a text node of record storage), with no `String` built.
    package init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let date = CalendarDate.parse(bytes) else { return nil }
        self = date
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 7), let day = digits(bytes, 8, 10)
        else { return nil }
        if bytes.count > 10 {
            guard isTimeSuffix(bytes, from: 10) else { return nil }
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    public var description: String {
        let pad: (Int, Int) -> String = { value, width in
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.storage < rhs.storage }

    /// The decimal number written in `bytes[start..<end]`, or nil if a byte there is not a digit.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end <= bytes.count else { return nil }
        var value = 0
        for index in start..<end {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `T14:30`, `T14:30:00`, `T14:30:00.5`, then optional `Z` or `±hh:mm`; a space may stand for `T`.
    private static func isTimeSuffix(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let count = bytes.count
        guard count - start >= 6, bytes[start] == UInt8(ascii: "T") || bytes[start] == UInt8(ascii: " ") else { return false }
        guard let hour = digits(bytes, start + 1, start + 3), bytes[start + 3] == UInt8(ascii: ":"),
              let minute = digits(bytes, start + 4, start + 6), hour < 24, minute < 60
        else { return false }
        var index = start + 6
        if index < count, bytes[index] == UInt8(ascii: ":") {
            guard let second = digits(bytes, index + 1, index + 3), second < 61 else { return false }
            index += 3
            if index < count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let fractionStart = index
                while index < count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
                guard index > fractionStart else { return false }
            }
        }
        if index == count { return true }
        if bytes[index] == UInt8(ascii: "Z") { return index + 1 == count }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), count - index == 6,
              let offsetHour = digits(bytes, index + 1, index + 3), bytes[index + 3] == UInt8(ascii: ":"),
              let offsetMinute = digits(bytes, index + 4, index + 6)
        else { return false }
        return offsetHour < 24 && offsetMinute < 60
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
