public extension Record {
    /// A discipline's design or measured data (设计参数 / 实测数据) and the path it was read from:
    /// `spec.design.<section>` of a MethodStatement, `spec.measurements.<section>` of an InspectionRecord.
    ///
    /// Discipline checkers read the same fields from a plan (what it designs) and from a site inspection
    /// (what was measured), so one schema, ``ObjectSchema/siteData``, serves both.
    func siteData(_ section: String) -> (value: Value, path: String)? {
        let container: String
        switch kind {
        case .methodStatement: container = "spec.design"
        case .inspectionRecord: container = "spec.measurements"
        default: return nil
        }
        let path = "\(container).\(section)"
        guard let value = value.value(at: path), !value.isNull else { return nil }
        return (value, path)
    }
}
