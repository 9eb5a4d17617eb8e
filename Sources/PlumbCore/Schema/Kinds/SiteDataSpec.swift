/// Discipline data read by the discipline checkers: `spec.design` of a MethodStatement (what the plan
/// designs) and `spec.measurements` of an InspectionRecord (what was measured on site). All optional;
/// an extension of plumbline/v1 documented in docs/records.md.
public extension ObjectSchema {
    static let siteData = ObjectSchema([
        .init("excavation", .object(excavationData), "Pit edge and surcharge (基坑)"),
        .init("formwork", .object(formworkData), "Support loads and stripping (模板支架)"),
        .init("crane", .object(craneData), "Tower-crane measurements and lifts (起重吊装)"),
        .init("scaffold", .object(scaffoldData), "Scaffold layout (脚手架)"),
        .init("electrical", .object(electricalData), "Temporary power (施工用电)"),
        .init("concrete", .object(concreteData), "Curing and specimens (混凝土)"),
    ])

    static let excavationData = ObjectSchema([
        .init("depth", .quantity(.metre), "Excavation depth (开挖深度), m; a plan may give spec.parameters.excavationDepth instead"),
        .init("edgeSupported", .boolean, "The pit edge is supported (坑边已支护)"),
        .init("designSurcharge", .quantity(.kilonewtonPerSquareMetre), "Surcharge the support was designed for (设计坑边超载), kN/m²"),
        .init("surcharges", .list(.object(ObjectSchema([
            .init("description", .string, "What lies there (堆载内容)"),
            .init("distance", .quantity(.metre), "Distance from the pit edge (距坑边距离), m"),
            .init("load", .quantity(.kilonewtonPerSquareMetre), "Load (荷载), kN/m²"),
        ]))), "Loads beside the pit (坑边堆载)"),
    ])

    static let formworkData = ObjectSchema([
        .init("designLoad", .quantity(.kilonewtonPerSquareMetre), "Load the support was designed for (设计荷载), kN/m²"),
        .init("load", .quantity(.kilonewtonPerSquareMetre), "Construction load planned or found (施工荷载), kN/m²"),
        .init("designLineLoad", .quantity(.kilonewtonPerMetre), "Line load the support was designed for, kN/m"),
        .init("lineLoad", .quantity(.kilonewtonPerMetre), "Line load planned or found, kN/m"),
        .init("stripping", .list(.object(ObjectSchema([
            .init("element", .string, "Which member (构件部位)"),
            .init("member", .enumeration(.strippingMember), required: true, "板 / 梁 / 拱 / 壳 / 悬臂构件"),
            .init("span", .quantity(.metre), "Span (跨度), m"),
            .init("strength", .quantity(.percent), required: true, "Concrete strength at stripping, % of design (拆模时强度)"),
        ]))), "Bottom-formwork stripping (底模拆除)"),
    ])

    static let craneData = ObjectSchema([
        .init("verticality", .list(.object(ObjectSchema([
            .init("crane", .string, "Which crane (塔机编号)"),
            .init("section", .enumeration(.craneSection), required: true, "独立状态 / 最高附着点以上 / 最高附着点以下"),
            .init("deviation", .quantity(.millimetre), required: true, "Lateral deviation (偏差), mm"),
            .init("height", .quantity(.metre), required: true, "Height over which it was measured (测量高度), m"),
        ]))), "Tower verticality (塔身垂直度)"),
        .init("clearances", .list(.object(ObjectSchema([
            .init("between", .string, "What the distance is between (如 1#与2#塔机)"),
            .init("kind", .enumeration(.craneClearance), required: true, "塔机间水平 / 塔机间垂直 / 尾部与建筑物"),
            .init("distance", .quantity(.metre), required: true, "Least distance (最小距离), m"),
        ]))), "Safety clearances (安全距离)"),
        .init("limiters", .list(.object(ObjectSchema([
            .init("crane", .string, "Which crane"),
            .init("device", .enumeration(.limiterDevice), required: true, "起重量限制器 / 力矩限制器"),
            .init("cutoff", .quantity(.percent), required: true, "Load at which hoisting is cut, % of rating (动作值)"),
        ]))), "Load and moment limiters (限制器)"),
        .init("lifts", .list(.object(ObjectSchema([
            .init("item", .string, "What is lifted (吊物)"),
            .init("mass", .quantity(.tonne), required: true, "Mass of the piece (吊物质量), t"),
            .init("riggingMass", .quantity(.tonne), "Mass of slings and spreaders (吊索具质量), t"),
            .init("ratedLoad", .quantity(.tonne), "Rated load at the working radius (额定起重量), t"),
        ]))), "Lifts (吊装)"),
    ])

    static let scaffoldData = ObjectSchema([
        .init("height", .quantity(.metre), "Erected height (搭设高度), m; a plan may give spec.parameters.scaffoldHeight"),
        .init("stepHeight", .quantity(.metre), "Step (步距), m"),
        .init("bayLength", .quantity(.metre), "Bay (纵距), m"),
        .init("tieSteps", .integer, "Wall ties every N steps vertically (连墙件竖向间距，步)"),
        .init("tieBays", .integer, "Wall ties every N bays horizontally (连墙件水平间距，跨)"),
        .init("sweepRodHeight", .quantity(.millimetre), "Sweep rod above the base (扫地杆距底座上皮), mm"),
        .init("scissorBracing", .enumeration(.scissorBracing), "全立面连续 / 两端及中间间隔 / 未设置"),
        .init("scissorSpacing", .quantity(.metre), "Clear distance between scissor braces (剪刀撑净距), m"),
        .init("scissorAngle", .number, "Angle of the braces to the ground (斜杆与地面倾角), degrees"),
    ])

    static let electricalData = ObjectSchema([
        .init("earthing", .enumeration(.earthingSystem), "Earthing system (接地形式), TN-S required"),
        .init("distributionLevels", .integer, "Distribution levels (配电级数)"),
        .init("rcdLevels", .integer, "Levels of residual-current protection (漏电保护级数)"),
        .init("devices", .integer, "Number of electrical devices (用电设备台数)"),
        .init("totalPower", .number, "Total installed power (用电设备总容量), kW"),
        .init("powerDesign", .boolean, "A temporary-power design exists (临时用电组织设计)"),
        .init("mainBox", .object(ObjectSchema([
            .init("rcdCurrent", .quantity(.milliampere), "Rated residual operating current (额定漏电动作电流), mA"),
            .init("rcdTime", .quantity(.second), "Rated operating time (额定漏电动作时间), s"),
        ])), "Main distribution box (总配电箱)"),
        .init("switchBoxes", .list(.object(ObjectSchema([
            .init("id", .string, "Box number (箱号)"),
            .init("environment", .enumeration(.switchBoxEnvironment), "一般 / 潮湿 / 腐蚀介质"),
            .init("rcdCurrent", .quantity(.milliampere), "Rated residual operating current, mA"),
            .init("rcdTime", .quantity(.second), "Rated operating time, s"),
            .init("distanceFromDistributionBox", .quantity(.metre), "Distance from its distribution box (与分配电箱距离), m"),
            .init("distanceToEquipment", .quantity(.metre), "Distance to the fixed equipment it serves (与用电设备距离), m"),
        ]))), "Switch boxes (开关箱)"),
        .init("lighting", .list(.object(ObjectSchema([
            .init("location", .string, "Where (部位)"),
            .init("environment", .enumeration(.lightingEnvironment), required: true, "场所类别"),
            .init("voltage", .quantity(.volt), required: true, "Supply voltage (电源电压), V"),
        ]))), "Lighting circuits (照明)"),
    ])

    static let concreteData = ObjectSchema([
        .init("curing", .list(.object(ObjectSchema([
            .init("element", .string, "Which members (部位)"),
            .init("cement", .enumeration(.cementType), "Cement (水泥品种)"),
            .init("retarding", .boolean, "Retarding admixture (缓凝型外加剂)"),
            .init("mineralAdmixture", .boolean, "Large mineral admixture (大掺量矿物掺合料)"),
            .init("impermeable", .boolean, "Impermeable concrete (抗渗混凝土)"),
            .init("strengthClass", .string, "Strength class (强度等级), e.g. C60"),
            .init("postCastStrip", .boolean, "Post-cast strip (后浇带)"),
            .init("days", .quantity(.day), required: true, "Curing time (养护时间), d"),
        ]))), "Curing (养护)"),
        .init("pours", .list(.object(ObjectSchema([
            .init("element", .string, "Which pour (浇筑部位)"),
            .init("volume", .number, "Volume (浇筑方量), m³"),
            .init("batches", .integer, "Batches mixed (拌制盘数)"),
            .init("shifts", .integer, "Work shifts (工作班数)"),
            .init("floors", .integer, "Floors (楼层数)"),
            .init("continuous", .boolean, "Poured in one continuous operation (一次连续浇筑); default true"),
            .init("specimens", .integer, required: true, "Standard-cured specimen samplings (标准养护试件取样次数)"),
        ]))), "Pours and strength specimens (浇筑与试件)"),
    ])
}
