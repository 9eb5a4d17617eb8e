import PlumbKPI

/// A small inline SVG line chart of KPI values by month, one line per series (no scripts, no network).
struct SVGLineChart {
    var title: String
    var series: [TrendSeries]
    /// The value range of the y axis.
    var range: ClosedRange<Double> = 0...100
    var width = 560.0
    var height = 220.0

    static let palette = ["#1f6feb", "#d29922", "#2da44e", "#cf222e", "#8250df", "#57606a"]

    func render() -> String {
        let months = Array(Set(series.flatMap { $0.points.map(\.month) })).sorted()
        let (left, right, top, bottom) = (44.0, 12.0, 28.0, 36.0)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ month: String) -> Double {
            guard months.count > 1, let index = months.firstIndex(of: month) else { return left + plotWidth / 2 }
            return left + plotWidth * Double(index) / Double(months.count - 1)
        }
        func y(_ value: Double) -> Double {
            let clamped = min(max(value, range.lowerBound), range.upperBound)
            return top + plotHeight * (1 - (clamped - range.lowerBound) / (range.upperBound - range.lowerBound))
        }
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">",
            "<text x=\"\(Int(left))\" y=\"18\" class=\"chart-title\">\(HTMLText.escape(title))</text>",
        ]
        for step in 0...4 {
            let value = range.lowerBound + (range.upperBound - range.lowerBound) * Double(step) / 4
            let lineY = y(value)
            parts.append("<line x1=\"\(Int(left))\" x2=\"\(Int(width - right))\" y1=\"\(f(lineY))\" y2=\"\(f(lineY))\" class=\"grid\"/>")
            parts.append("<text x=\"\(Int(left - 6))\" y=\"\(f(lineY + 4))\" class=\"axis\" text-anchor=\"end\">\(Int(value))</text>")
        }
        for month in months {
            parts.append("<text x=\"\(f(x(month)))\" y=\"\(Int(height - 12))\" class=\"axis\" text-anchor=\"middle\">\(HTMLText.escape(month))</text>")
        }
        for (index, line) in series.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            let points = line.points.compactMap { point in point.value.map { (x(point.month), y($0)) } }
            if points.count > 1 {
                let path = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
                parts.append("<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>")
            }
            for point in points {
                parts.append("<circle cx=\"\(f(point.0))\" cy=\"\(f(point.1))\" r=\"3.5\" fill=\"\(colour)\"/>")
            }
            parts.append("<text x=\"\(Int(width - right))\" y=\"\(18 + 14 * index)\" class=\"legend\" text-anchor=\"end\" fill=\"\(colour)\">\(HTMLText.escape(line.project))</text>")
        }
        if series.allSatisfy({ $0.points.allSatisfy { $0.value == nil } }) {
            parts.append("<text x=\"\(f(width / 2))\" y=\"\(f(height / 2))\" class=\"axis\" text-anchor=\"middle\">暂无数据 (n/a)</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    private func f(_ value: Double) -> String { KPIFormat.number(value) }
}
