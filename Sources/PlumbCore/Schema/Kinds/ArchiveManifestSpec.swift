/// ArchiveManifest (资料归档清单) `spec`.
public extension ObjectSchema {
    static let archiveManifestSpec = ObjectSchema([
        .init("required", .list(.string), required: true, "Document types that must be archived"),
        .init("documents", .list(.object(ObjectSchema([
            .init("type", .string, required: true, "Document type, one of `required`"),
            .init("ref", .string, "Id of the record the document is"),
            .init("file", .string, "Archived file path"),
            .init("date", .date, "Date archived"),
        ]))), required: true, "Archived documents"),
    ])
}
