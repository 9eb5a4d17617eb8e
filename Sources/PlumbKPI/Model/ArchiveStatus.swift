/// Archive completeness of one ArchiveManifest (资料归档完整度).
public struct ArchiveStatus: Sendable, Codable, Hashable {
    public var manifestID: String
    public var project: String?
    /// Required document types archived / required.
    public var completeness: Rate
    /// Required types with no archived document.
    public var missing: [String]
}
