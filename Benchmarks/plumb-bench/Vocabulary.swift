/// The words synthetic records are made of: names, places, hazards and site prose in Chinese.
enum Vocabulary {
    /// A discipline of method statement and the parameters that decide whether it is 危大.
    struct PlanDiscipline: Sendable {
        let token: String
        let plan: String
        let calculation: String
        /// The plan's parameters: within the 危大 range, or beyond the 超危大 thresholds when the flag is set.
        let parameters: @Sendable (inout SeededGenerator, Bool) -> [String]
    }

    struct Expert: Sendable {
        let name: String
        let title: String
        let years: Int
    }

    struct Hazard: Sendable {
        let discipline: String
        let title: String
        let measures: String
    }

    struct Risk: Sendable {
        let hazard: String
        let activity: String
        let measures: String
    }

    static let projects = ["南湖站", "北岸花园二期", "滨江路综合管廊", "科创园3#楼", "东环高架C标", "西城安置房一标段"]

    static let people = ["李明", "王强", "赵敏", "钱进", "孙立", "周伟", "陈刚", "刘洋", "黄蕾", "吴迪", "郑凯", "冯雪", "王志华", "何静"]

    static let sites = ["2号出入口", "1#楼", "3#塔吊", "地下室B区", "风亭组", "主体结构东段", "裙楼", "换乘通道"]

    // 危大 thresholds (附件一) and 超危大 thresholds (附件二) of 建办质〔2018〕31号, as rules/method-statement encodes them.
    static let planDisciplines: [PlanDiscipline] = [
        PlanDiscipline(token: "excavation", plan: "基坑支护、降水与土方开挖专项施工方案", calculation: "支护结构计算书") { rng, beyond in
            let depth = beyond ? rng.int(5...18) : 3
            return ["excavationDepth: \(rng.chance(0.5) ? "\"\(depth).5 m\"" : String(depth))"]
        },
        PlanDiscipline(token: "formwork", plan: "高大模板支撑体系专项施工方案", calculation: "模板支架计算书") { rng, beyond in
            ["formworkHeight: \(beyond ? rng.int(8...12) : rng.int(5...7)).\(rng.int(0...9))",
             "formworkSpan: \(beyond ? rng.int(18...24) : rng.int(10...17))",
             "formworkTotalLoad: \"\(beyond ? rng.int(15...18) : rng.int(10...14)).5 kN/m2\""]
        },
        PlanDiscipline(token: "lifting", plan: "塔式起重机安装拆卸专项施工方案", calculation: "塔吊基础计算书") { rng, beyond in
            ["craneCapacity: \"\(beyond ? rng.int(300...800) : rng.int(100...299)) kN\"", "craneHeight: \(beyond ? rng.int(200...240) : rng.int(60...199))"]
        },
        PlanDiscipline(token: "scaffolding", plan: "悬挑式脚手架专项施工方案", calculation: "悬挑架计算书") { rng, beyond in
            ["scaffoldType: \(rng.chance(0.5) ? "cantilevered" : "悬挑式")", "scaffoldHeight: \"\(beyond ? rng.int(20...24) : rng.int(12...19)) m\""]
        },
        PlanDiscipline(token: "curtain-wall", plan: "玻璃幕墙安装专项施工方案", calculation: "幕墙结构计算书") { rng, beyond in
            ["curtainWallHeight: \(beyond ? rng.int(50...120) : rng.int(30...49))"]
        },
        PlanDiscipline(token: "manual-pile", plan: "人工挖孔桩专项施工方案", calculation: "护壁计算书") { rng, beyond in
            ["pileDepth: \"\(beyond ? rng.int(1600...2400) : rng.int(500...1599)) cm\""]
        },
    ]

    /// An expert panel of five for 超危大 plans (each with 15 years or more, none with a conflict of interest).
    static let experts = [
        Expert(name: "蒋国平", title: "教授级高级工程师", years: 28), Expert(name: "韩冰", title: "高级工程师", years: 18),
        Expert(name: "许文斌", title: "教授级高级工程师", years: 21), Expert(name: "何静", title: "副教授", years: 16),
        Expert(name: "罗振宇", title: "高级工程师", years: 20),
    ]

    /// Items of the 建质规〔2024〕5号 catalogue cited by major hazard tickets.
    static let majorCriteria = ["2024-5.1", "2024-6.2", "2024-7.2", "2024-8.4", "2024-9.1", "2024-10.2"]

    /// JGJ 59-2011 表B.16 items: six guarantee items, then general items.
    static let checklistItems = [
        "载荷限制装置", "行程限位装置", "保护装置", "吊钩、滑轮、卷筒与钢丝绳", "多塔作业", "安拆、验收与使用",
        "附着", "基础与轨道", "结构设施", "电气安全",
    ]

    /// The nine chapters of a special plan (建办质〔2018〕31号 二).
    static let sectionTitles = [
        "工程概况", "编制依据", "施工计划", "施工工艺技术", "施工安全保证措施", "施工管理及作业人员配备和分工",
        "验收要求", "应急处置措施", "计算书及相关施工图纸",
    ]

    static let monitoringItems = ["深层水平位移", "支撑轴力", "周边地表沉降", "周边管线沉降"]

    static let hazards: [Hazard] = [
        Hazard(discipline: "lifting", title: "塔身电缆未固定", measures: "按每节标准节设置电缆固定夹并检查绝缘"),
        Hazard(discipline: "excavation", title: "坑边堆载超限", measures: "清运坑边 2 m 范围内堆土并设置警示标志"),
        Hazard(discipline: "scaffolding", title: "连墙件缺失", measures: "按两步三跨补设连墙件并复查立杆垂直度"),
        Hazard(discipline: "electrical", title: "开关箱漏电保护器失灵", measures: "更换漏电保护器并测试动作电流及动作时间"),
        Hazard(discipline: "formwork", title: "支架扫地杆缺失", measures: "补设纵横向扫地杆并加设剪刀撑"),
        Hazard(discipline: "work-at-height", title: "临边防护栏杆缺失", measures: "设置 1.2 m 高防护栏杆及挡脚板"),
    ]

    static let risks: [Risk] = [
        Risk(hazard: "基坑坍塌", activity: "土方分层开挖及支撑架设", measures: "先撑后挖严禁超挖, 第三方监测每日一次, 坑边 2 m 内禁止堆载"),
        Risk(hazard: "模板支架坍塌", activity: "顶板混凝土浇筑", measures: "支架验收合格后方可浇筑, 对称分层浇筑"),
        Risk(hazard: "起重伤害", activity: "塔式起重机吊装作业", measures: "司索信号工持证上岗, 吊装区域设警戒"),
        Risk(hazard: "高处坠落", activity: "外脚手架搭设与拆除", measures: "作业人员系挂安全带, 临边设防护栏杆"),
        Risk(hazard: "触电", activity: "临时用电线路敷设", measures: "三级配电两级保护, 电工持证作业"),
    ]

    static let tasks = ["围护结构", "土方开挖", "主体结构", "二次结构", "机电安装", "装饰装修", "室外工程", "防水工程"]

    static let archiveDocuments: [(type: String, title: String)] = [
        ("method-statement", "专项施工方案"), ("expert-review-report", "专家论证报告"),
        ("acceptance-record", "支撑体系验收记录"), ("concealed-work-record", "钢筋隐蔽验收记录"),
        ("test-report", "混凝土试块抗压强度检测报告"), ("change-order", "设计变更通知单"),
    ]

    static let sentences = [
        "本工程位于南湖路与湖滨大道交叉口东北侧，基坑长约八十六米，安全等级二级",
        "作业前完成三级安全教育及安全技术交底，特种作业人员均持证上岗",
        "验收由施工单位技术负责人、项目总工和总监理工程师共同参加，合格后方可进入下一道工序",
        "严格执行先撑后挖、限时支撑、分层开挖、严禁超挖的原则",
        "监测数据超过预警值时立即停止作业并启动应急预案，报告建设单位和监理单位",
        "主要设备包括旋挖钻机两台、挖掘机三台及汽车吊一台，进场前完成验收",
        "雨天及六级以上大风天气停止吊装和高处作业，班前检查安全防护设施",
    ]
}
