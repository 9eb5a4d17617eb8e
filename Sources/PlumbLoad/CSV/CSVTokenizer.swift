import PlumbCore

/// Splits CSV text (RFC 4180: commas, double-quoted cells, `""` escapes, LF or CRLF) into cells with positions.
enum CSVTokenizer {
    struct Cell {
        var text: String
        var position: SourcePosition
    }

    struct Row {
        var cells: [Cell]
        var position: SourcePosition
    }

    static func rows(of text: String, issues: inout [LoadIssue]) -> [Row] {
        var rows: [Row] = []
        var cells: [Cell] = []
        var field = ""
        var line = 1
        var column = 1
        var cellStart = SourcePosition(line: 1, column: 1)
        var rowStart = cellStart
        var inQuotes = false
        var quoteStart = cellStart
        var afterQuote = false
        var characters = Substring(text).unicodeScalars
        if characters.first == "\u{FEFF}" { characters.removeFirst() }

        func endCell() {
            cells.append(Cell(text: field, position: cellStart))
            field = ""
            afterQuote = false
        }
        var iterator = characters.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            let here = SourcePosition(line: line, column: column)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            if inQuotes {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.unicodeScalars.append("\"")
                            column += 1
                        } else {
                            inQuotes = false
                            afterQuote = true
                            pending = next
                        }
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endCell()
                cellStart = SourcePosition(line: line, column: column)
            case "\r":
                continue
            case "\n":
                endCell()
                rows.append(Row(cells: cells, position: rowStart))
                cells = []
                cellStart = SourcePosition(line: line, column: column)
                rowStart = cellStart
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteStart = here
            default:
                if afterQuote {
                    issues.append(LoadIssue(.invalidCSV, "text after the closing quote of a cell", at: here))
                    afterQuote = false
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            issues.append(LoadIssue(.invalidCSV, "quoted cell is never closed; the rest of the file is inside it", at: quoteStart))
        }
        if !field.isEmpty || !cells.isEmpty || afterQuote {
            endCell()
            rows.append(Row(cells: cells, position: rowStart))
        }
        return rows
    }
}
