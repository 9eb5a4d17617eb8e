public import PlumbKPI
import Foundation
import PlumbCore

/// `plumb kpi --format json`: the shape documented in docs/kpi.md.
public struct KPIJSONReporter: Sendable {
    public init() {}

    struct Document: Encodable {
        var tool = "plumb"
        var version = PlumbVersion.current
        var kpi: KPIReport
    }

    public func report(_ report: KPIReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(kpi: report)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
