/// The whole-document schema of each kind: `apiVersion`, `kind`, `metadata`, `spec`.
public extension RecordKind {
    /// The schema of a record of this kind, used by validation and to generate docs/schema/.
    ///
    /// Built once per kind: validation asks for it for every record.
    var schema: ObjectSchema {
        switch self {
        case .methodStatement: RecordSchemas.methodStatement
        case .checklist: RecordSchemas.checklist
        case .inspectionRecord: RecordSchemas.inspectionRecord
        case .hazardTicket: RecordSchemas.hazardTicket
        case .riskAssessment: RecordSchemas.riskAssessment
        case .progressReport: RecordSchemas.progressReport
        case .archiveManifest: RecordSchemas.archiveManifest
        case .inspectionLot: RecordSchemas.inspectionLot
        case .concretePour: RecordSchemas.concretePour
        case .coverTest: RecordSchemas.coverTest
        }
    }

    /// The whole-document schema, assembled (see ``schema``, which keeps one per kind).
    internal var assembledSchema: ObjectSchema {
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

/// The whole-document schema of every kind, built on first use.
private enum RecordSchemas {
    static let methodStatement = RecordKind.methodStatement.assembledSchema
    static let checklist = RecordKind.checklist.assembledSchema
    static let inspectionRecord = RecordKind.inspectionRecord.assembledSchema
    static let hazardTicket = RecordKind.hazardTicket.assembledSchema
    static let riskAssessment = RecordKind.riskAssessment.assembledSchema
    static let progressReport = RecordKind.progressReport.assembledSchema
    static let archiveManifest = RecordKind.archiveManifest.assembledSchema
    static let inspectionLot = RecordKind.inspectionLot.assembledSchema
    static let concretePour = RecordKind.concretePour.assembledSchema
    static let coverTest = RecordKind.coverTest.assembledSchema
}
