/// Guard rails that keep a hostile or broken file from exhausting time or memory.
public struct ReadLimits: Sendable {
    /// Deepest nesting of mappings and lists in one document.
    public var maxDepth: Int
    /// Most nodes that aliases may bring in across one file ("billion laughs" guard).
    public var maxAliasExpansion: Int

    public init(maxDepth: Int = 128, maxAliasExpansion: Int = 1_000_000) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let standard = ReadLimits()
}
