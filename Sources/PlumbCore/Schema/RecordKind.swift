/// The kinds of record Plumbline reads (spec/records.md).
public enum RecordKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 专项施工方案
    case methodStatement = "MethodStatement"
    /// 检查表 (a template that safety officers run)
    case checklist = "Checklist"
    /// 检查记录 (one run of a checklist)
    case inspectionRecord = "InspectionRecord"
    /// 隐患整改单
    case hazardTicket = "HazardTicket"
    /// 风险辨识与评价
    case riskAssessment = "RiskAssessment"
    /// 进度报告
    case progressReport = "ProgressReport"
    /// 资料归档清单
    case archiveManifest = "ArchiveManifest"
    /// 检验批质量验收记录
    case inspectionLot = "InspectionLot"
    /// 混凝土浇筑记录 (with specimens, curing and stripping)
    case concretePour = "ConcretePour"
    /// 钢筋保护层厚度检测 (结构实体检验)
    case coverTest = "CoverTest"

    /// The Chinese name, for documents and messages.
    public var chineseName: String {
        switch self {
        case .methodStatement: "专项施工方案"
        case .checklist: "检查表"
        case .inspectionRecord: "检查记录"
        case .hazardTicket: "隐患整改单"
        case .riskAssessment: "风险辨识与评价"
        case .progressReport: "进度报告"
        case .archiveManifest: "资料归档清单"
        case .inspectionLot: "检验批质量验收记录"
        case .concretePour: "混凝土浇筑记录"
        case .coverTest: "钢筋保护层厚度检测"
        }
    }

    /// The `apiVersion` values this release reads.
    public static let supportedAPIVersions: [String] = ["plumbline/v1"]

    /// Whether `metadata.discipline` is required.
    public var requiresDiscipline: Bool {
        switch self {
        case .methodStatement, .inspectionRecord, .hazardTicket: true
        default: false
        }
    }

    /// Whether `metadata.project` is required (a checklist is a template, not a project record).
    public var requiresProject: Bool { self != .checklist }

    /// The kind a CSV file name stands for: `hazard-tickets.csv` → HazardTicket.
    public init?(fileStem: String) {
        let normalised = fileStem.lowercased().filter { $0.isLetter }
        for kind in RecordKind.allCases {
            let name = kind.rawValue.lowercased()
            if normalised == name || normalised == name + "s" || normalised == name + "es" {
                self = kind
                return
            }
        }
        return nil
    }
}
