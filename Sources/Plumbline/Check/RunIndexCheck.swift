import PlumbCore
import PlumbLoad

/// Checks that need every record of the run at once.
enum RunIndexCheck {
    /// `record/duplicate-id`: each later record reusing an id, pointing back at the first.
    static func duplicateIDs(in records: [Record]) -> [Finding] {
        var first: [String: Int] = [:]
        first.reserveCapacity(records.count)
        var findings: [Finding] = []
        for (offset, record) in records.enumerated() {
            // One hash per id: the earlier offset comes back when the id was seen, and is put back.
            guard let earlierOffset = first.updateValue(offset, forKey: record.id) else { continue }
            first[record.id] = earlierOffset
            let earlier = records[earlierOffset]
            let at = earlier.location(of: "metadata.id")
            findings.append(Finding(
                ruleId: RecordProblem.duplicateID.rawValue,
                severity: RecordProblem.duplicateID.severity,
                message: "metadata.id '\(record.id)' is already used by the \(earlier.kind.rawValue) at \(at.file):\(at.line):\(at.column)",
                location: record.location(of: "metadata.id"),
                recordId: record.id
            ))
        }
        return findings
    }
}
