/// How dangerous the work of a method statement is (危险性较大的分部分项工程 classification).
public enum HazardClass: String, Sendable, CaseIterable, Comparable, Codable {
    /// Not 危大: an ordinary construction plan or disclosure.
    case standard
    /// 危大工程: a special plan is required.
    case hazardous
    /// 超过一定规模的危大工程: the special plan also needs an expert review.
    case highlyHazardous = "highly-hazardous"

    /// The Chinese term a review opinion uses.
    public var chineseName: String {
        switch self {
        case .standard: "非危大工程"
        case .hazardous: "危险性较大的分部分项工程"
        case .highlyHazardous: "超过一定规模的危险性较大的分部分项工程"
        }
    }

    private var rank: Int {
        switch self {
        case .standard: 0
        case .hazardous: 1
        case .highlyHazardous: 2
        }
    }

    public static func < (lhs: HazardClass, rhs: HazardClass) -> Bool { lhs.rank < rhs.rank }

    /// The values expressions compare `classification` with.
    public static let domain = EnumerationDomain("HazardClass", [
        .init("standard", "非危大", "一般"),
        .init("hazardous", "危大", "危大工程"),
        .init("highly-hazardous", "超危大", "超危大工程", "超过一定规模的危大工程"),
    ])
}
