import PlumbCore

extension Record {
    func date(_ path: String) -> CalendarDate? {
        if case .date(let date)? = value.value(at: path)?.node { return date }
        return nil
    }

    func text(_ path: String) -> String? { value.value(at: path)?.stringValue }

    func number(_ path: String) -> Double? { value.value(at: path)?.numberValue }

    /// `YYYY-MM` of `metadata.date`.
    var month: String? { date("metadata.date").map { String($0.description.prefix(7)) } }
}
