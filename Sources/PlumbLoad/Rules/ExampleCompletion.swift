public import PlumbCore

/// Completes a partial example record (rule examples, checker examples) so authors write only what matters.
public enum ExampleCompletion {
    /// `record` with `apiVersion`, `kind` (when `kind` is given and the record names none), `metadata.id`,
    /// `metadata.project` and `metadata.discipline` (for kinds that require them) and `spec` filled in.
    public static func complete(_ record: Value, kind: RecordKind?, discipline: String, id: String) -> Value {
        guard var map = record.mappingValue else { return record }
        let at = record.position
        func set(_ key: String, _ value: Value.Node, in target: inout Mapping) {
            if target[key] == nil { target.entries.append(.init(key: key, keyPosition: at, value: Value(value, at: at))) }
        }
        set("apiVersion", .string(RecordKind.supportedAPIVersions[0]), in: &map)
        if map["kind"] == nil, let kind { set("kind", .string(kind.rawValue), in: &map) }
        var metadata = map["metadata"]?.mappingValue ?? Mapping()
        set("id", .string(id), in: &metadata)
        let written = map["kind"]?.stringValue.flatMap(RecordKind.init(rawValue:))
        if written?.requiresProject ?? true { set("project", .string("示例项目"), in: &metadata) }
        if written?.requiresDiscipline ?? false { set("discipline", .string(discipline), in: &metadata) }
        if let index = map.entries.firstIndex(where: { $0.key == "metadata" }) {
            map.entries[index].value = Value(.mapping(metadata), at: map.entries[index].value.position)
        } else {
            map.entries.append(.init(key: "metadata", keyPosition: at, value: Value(.mapping(metadata), at: at)))
        }
        if map["spec"] == nil { set("spec", .mapping(Mapping()), in: &map) }
        return Value(.mapping(map), at: at)
    }
}
