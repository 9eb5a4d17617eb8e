/// Where the value of a bound variable lies in record storage, when the list it runs over is a view of
/// storage (`spec.items.all(i, …)`): field paths from the variable (`i.result`) start at that node instead
/// of at a copy of the value, which cost a retain and a release per read.
struct VariablePlace {
    /// The storage, held by the list being walked for as long as the variable is bound.
    let storage: Unmanaged<RecordStorage>?
    let node: Int

    /// A variable whose value was built in code (a parameter's items, the result of `map`).
    static let built = VariablePlace(storage: nil, node: -1)
}
