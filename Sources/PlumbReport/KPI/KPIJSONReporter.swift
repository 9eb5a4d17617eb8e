public import PlumbKPI
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
        return JSONText.encode(Document(kpi: report))
    }
}
