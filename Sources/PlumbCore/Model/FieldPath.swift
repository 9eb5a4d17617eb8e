/// Field paths inside a record: `spec.parameters.excavationDepth`, `spec.approvals[0].date`.
public enum FieldPath {
    /// One step of a path.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The steps of a path; `a.0.b` and `a[0].b` are the same path.
    public static func components(_ path: String) -> [Component] {
        var components: [Component] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: true) {
            var rest = Substring(part)
            if let bracket = rest.firstIndex(of: "[") {
                let key = rest[..<bracket]
                if !key.isEmpty { components.append(.key(String(key))) }
                rest = rest[bracket...]
                while rest.first == "[", let close = rest.firstIndex(of: "]") {
                    if let index = Int(rest[rest.index(after: rest.startIndex)..<close]) { components.append(.index(index)) }
                    rest = rest[rest.index(after: close)...]
                }
            } else if let index = Int(rest) {
                components.append(.index(index))
            } else {
                components.append(.key(String(rest)))
            }
        }
        return components
    }

    /// `parent.key`, or `key` at the top.
    public static func appending(_ key: String, to parent: String) -> String {
        parent.isEmpty ? key : "\(parent).\(key)"
    }

    /// `parent[index]`.
    public static func appending(index: Int, to parent: String) -> String { "\(parent)[\(index)]" }
}
