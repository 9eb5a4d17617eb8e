import PlumbCore

/// Reads a CSV file of records of one kind (spec/records.md §CSV) into ``Value`` documents.
///
/// The header names fields by dotted path (`spec.rectification.deadline`; a numeric component is a list
/// index). Cells stay text with their row and column; validation converts them to the field's type.
/// Written by hand rather than with a CSV package because every cell must keep its line and column,
/// including quoted cells spanning lines, which the listed CSV packages do not report.
public struct CSVReader: Sendable {
    public init() {}

    /// Reads `text`; `fileStem` (`hazard-tickets`) gives the kind when there is no `kind` column.
    public func read(_ text: String, fileStem: String) -> YAMLReader.Output {
        var output = YAMLReader.Output()
        var rows = CSVTokenizer.rows(of: text, issues: &output.issues)
        guard !rows.isEmpty else {
            output.issues.append(LoadIssue(.emptyFile, "the CSV file has no header and no rows", at: .start))
            return output
        }
        let header = rows.removeFirst()
        let paths = header.cells.map { $0.text.trimmingWhitespace }
        for (index, path) in paths.enumerated() where path.isEmpty || path.hasPrefix(".") || path.hasSuffix(".") {
            output.issues.append(LoadIssue(.invalidCSV, "header cell \(index + 1) '\(path)' is not a dotted field path", at: header.cells[index].position))
        }
        for (index, path) in paths.enumerated() where path.split(separator: ".").contains(where: { $0.utf8.count > StoredNode.maxKeyLength }) {
            output.issues.append(LoadIssue(
                .invalidCSV, "header cell \(index + 1) names a field longer than \(StoredNode.maxKeyLength) bytes; it is cut there",
                at: header.cells[index].position))
        }
        let hasKindColumn = paths.contains("kind")
        let fileKind = RecordKind(fileStem: fileStem)
        if !hasKindColumn, fileKind == nil {
            output.issues.append(LoadIssue(
                .unknownKind,
                "cannot tell the kind of records in this CSV: add a 'kind' column or name the file after the kind (e.g. hazard-tickets.csv)",
                at: .start))
            return output
        }
        for row in rows where !row.cells.allSatisfy({ $0.text.isEmpty }) {
            if row.cells.count > paths.count {
                output.issues.append(LoadIssue(
                    .invalidCSV, "row has \(row.cells.count) cells but the header has \(paths.count); extra cells are ignored",
                    at: row.cells[paths.count].position))
            }
            var document = Value(.mapping(Mapping()), at: row.position)
            if !paths.contains("apiVersion") {
                document.node = .mapping(Mapping([.init(key: "apiVersion", keyPosition: row.position,
                                                         value: Value(.string(RecordKind.supportedAPIVersions[0]), at: row.position))]))
            }
            if !hasKindColumn, let fileKind {
                set(&document, path: ["kind"], to: Value(.string(fileKind.rawValue), at: row.position), issues: &output.issues)
            }
            for (cell, path) in zip(row.cells, paths) where !cell.text.isEmpty && !path.isEmpty {
                let components = path.split(separator: ".").map(String.init)
                set(&document, path: components[...], to: Value(.string(cell.text), at: cell.position), issues: &output.issues)
            }
            output.documents.append(document)
        }
        return output
    }

    /// Places `value` at `path` inside `node`, creating mappings and lists on the way.
    private func set(_ node: inout Value, path: ArraySlice<String>, to value: Value, issues: inout [LoadIssue]) {
        guard let head = path.first else {
            node = value
            return
        }
        let rest = path.dropFirst()
        if let index = Int(head) {
            var items = node.listValue ?? []
            while items.count <= index { items.append(Value(.mapping(Mapping()), at: value.position)) }
            if rest.isEmpty { items[index] = value } else { set(&items[index], path: rest, to: value, issues: &issues) }
            node = Value(.list(ValueList(items)), at: node.listValue == nil ? value.position : node.position)
            return
        }
        var map = node.mappingValue ?? Mapping()
        var child = map[head] ?? Value(rest.first.flatMap { Int($0) } != nil ? .list([]) : .mapping(Mapping()), at: value.position)
        if rest.isEmpty { child = value } else { set(&child, path: rest, to: value, issues: &issues) }
        if let index = map.entries.firstIndex(where: { $0.key == head }) {
            map.entries[index].value = child
        } else {
            map.entries.append(.init(key: head, keyPosition: value.position, value: child))
        }
        node = Value(.mapping(map), at: node.position)
    }
}
