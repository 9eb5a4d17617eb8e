/// Schedule traffic light (红黄绿灯).
public enum TrafficLight: String, Sendable, Codable, CaseIterable, Comparable {
    case green, yellow, red

    public var chineseName: String {
        switch self {
        case .green: "绿灯"
        case .yellow: "黄灯"
        case .red: "红灯"
        }
    }

    private var rank: Int {
        switch self {
        case .green: 0
        case .yellow: 1
        case .red: 2
        }
    }

    public static func < (lhs: TrafficLight, rhs: TrafficLight) -> Bool { lhs.rank < rhs.rank }
}
