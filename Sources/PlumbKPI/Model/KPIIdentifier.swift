/// The KPIs `plumb kpi` scores, by the names used in rules/kpi/, `--fail-under` and JSON.
public enum KPIIdentifier: String, Sendable, Codable, CaseIterable {
    /// 隐患整改闭环率: closed / found.
    case closure
    /// 重大隐患整改闭环率.
    case majorClosure = "major-closure"
    /// 整改及时率: closed on or before the deadline / due.
    case timeliness
    /// 资料归档完整度: archived / required.
    case archive
    /// 方案优化节约率: (baseline − optimised) / baseline.
    case saving
    /// JGJ 59 汇总得分 (mean over inspections).
    case jgj59
    /// Schedule performance index SPI = EV / PV, as a percentage.
    case spi

    public var chineseName: String {
        switch self {
        case .closure: "隐患整改闭环率"
        case .majorClosure: "重大隐患整改闭环率"
        case .timeliness: "整改及时率"
        case .archive: "资料归档完整度"
        case .saving: "方案优化节约率"
        case .jgj59: "安全检查评分（JGJ 59）"
        case .spi: "进度绩效指数 SPI"
        }
    }
}
