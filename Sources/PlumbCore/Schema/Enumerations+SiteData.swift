/// Enumerations of the discipline data (`spec.design` / `spec.measurements`) that discipline checkers read.
public extension EnumerationDomain {
    /// 构件类型 for bottom-formwork stripping (GB 50666-2011 4.5.2): `formwork.stripping[].member` and ConcretePour
    /// `spec.stripping[].memberType`.
    static let strippingMember = EnumerationDomain("StrippingMember", [
        .init("slab", "板"),
        .init("beam", "梁"),
        .init("arch", "拱"),
        .init("shell", "壳"),
        .init("cantilever", "悬臂构件", "悬臂", "悬挑构件"),
    ])

    /// 塔身测量部位 for tower-crane verticality (GB 5144).
    static let craneSection = EnumerationDomain("CraneSection", [
        .init("free-standing", "独立状态", "独立高度"),
        .init("above-top-tie", "最高附着点以上"),
        .init("below-top-tie", "最高附着点以下"),
    ])

    /// 安全距离类别 for tower-crane clearances (GB 5144).
    static let craneClearance = EnumerationDomain("CraneClearance", [
        .init("crane-horizontal", "塔机间水平距离"),
        .init("crane-vertical", "塔机间垂直距离"),
        .init("tail-to-building", "尾部与建筑物距离"),
    ])

    /// 限制器 on a crane (GB 5144 6.1.2).
    static let limiterDevice = EnumerationDomain("LimiterDevice", [
        .init("load", "起重量限制器"),
        .init("moment", "力矩限制器"),
    ])

    /// 剪刀撑设置方式 (JGJ 130).
    static let scissorBracing = EnumerationDomain("ScissorBracing", [
        .init("continuous", "全立面连续设置", "连续设置"),
        .init("ends-and-intervals", "两端及中间间隔设置", "间隔设置"),
        .init("none", "未设置"),
    ])

    /// 接地形式 of temporary power (JGJ 46).
    static let earthingSystem = EnumerationDomain("EarthingSystem", [
        .init("TN-S", "三相五线制"),
        .init("TN-C"),
        .init("TN-C-S"),
        .init("TT"),
        .init("IT"),
    ])

    /// 开关箱所在场所 (JGJ 46 8.2.10).
    static let switchBoxEnvironment = EnumerationDomain("SwitchBoxEnvironment", [
        .init("normal", "一般场所"),
        .init("damp", "潮湿场所", "潮湿"),
        .init("corrosive", "有腐蚀介质场所", "腐蚀"),
    ])

    /// 照明场所 for the supply voltage of lighting (JGJ 46 10.2.2).
    static let lightingEnvironment = EnumerationDomain("LightingEnvironment", [
        .init("normal", "一般场所"),
        .init("tunnel", "隧道", "人防工程"),
        .init("hot", "高温场所", "高温"),
        .init("dusty", "有导电灰尘", "灰尘"),
        .init("damp", "潮湿场所", "潮湿"),
        .init("easily-touched", "易触及带电体场所"),
        .init("conductive", "特别潮湿场所", "导电良好的地面"),
        .init("metal-vessel", "锅炉或金属容器内", "金属容器"),
    ])

    /// 水泥品种 for curing time (GB 50666-2011 8.5.2): `concrete.curing[].cement` and ConcretePour `spec.cementType`.
    static let cementType = EnumerationDomain("CementType", [
        .init("portland", "硅酸盐水泥", "P·I", "P·II"),
        .init("ordinary-portland", "普通硅酸盐水泥", "普通水泥", "P·O"),
        .init("slag", "矿渣硅酸盐水泥", "矿渣水泥", "P·S"),
        .init("pozzolana", "火山灰质硅酸盐水泥", "火山灰水泥", "P·P"),
        .init("fly-ash", "粉煤灰硅酸盐水泥", "粉煤灰水泥", "P·F"),
        .init("composite", "复合硅酸盐水泥", "复合水泥", "P·C"),
        .init("other", "其他"),
    ])
}
