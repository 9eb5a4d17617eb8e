/// The whole-document schema of each kind: `apiVersion`, `kind`, `metadata`, `spec`.
public extension RecordKind {
    /// The schema of a record of this kind, used by validation and to generate docs/schema/.
    var schema: ObjectSchema {
        ObjectSchema([
            .init("apiVersion", .string, required: true, "Format version; this release reads plumbline/v1"),
            .init("kind", .string, required: true, "Record kind: \(rawValue) (\(chineseName))"),
            .init("metadata", .object(metadataSchema), required: true, "Identity of the record"),
            .init("spec", .object(specSchema), required: true, "The content of the \(chineseName)"),
        ])
    }

    /// `metadata`: the same for every kind, but for which fields are required.
    var metadataSchema: ObjectSchema {
        ObjectSchema([
            .init("id", .string, required: true, "Unique id within a run, e.g. MS-2026-0417"),
            .init("project", .string, required: requiresProject, "Project name (项目)"),
            .init("discipline", .enumeration(.discipline), required: requiresDiscipline, "Discipline (专业)"),
            .init("title", .string, "Title (标题)"),
            .init("date", .date, "The record's own date: submitted, inspected or found"),
            .init("author", .string, "Who wrote it (编制人)"),
            .init("waivers", .list(.object(.inlineWaiver)), "Findings on this record accepted on purpose (豁免), each with a reason, an approver and an expiry"),
        ])
    }

    /// `spec` for this kind.
    var specSchema: ObjectSchema {
        switch self {
        case .methodStatement: .methodStatementSpec
        case .checklist: .checklistSpec
        case .inspectionRecord: .inspectionRecordSpec
        case .hazardTicket: .hazardTicketSpec
        case .riskAssessment: .riskAssessmentSpec
        case .progressReport: .progressReportSpec
        case .archiveManifest: .archiveManifestSpec
        case .inspectionLot: .inspectionLotSpec
        case .concretePour: .concretePourSpec
        case .coverTest: .coverTestSpec
        }
    }
}
