/// Texts read out of one record storage, by node, each built once: rules compare the same fields again and
/// again (every chapter rule reads every section's title).
///
/// A slot per node into a list of the texts built, rather than an optional text per node: the array of
/// optionals was filled and destroyed element by element through generic code for every record.
struct NodeTexts {
    /// Per node: where its text is in ``texts``, or -1.
    private var slots: [Int32]
    private var texts: [String] = []

    init(nodeCount: Int) {
        slots = Array(repeating: -1, count: nodeCount)
    }

    /// The text node `index` of `storage` holds (`storage` is the one these texts were read from).
    mutating func text(at index: Int, in storage: RecordStorage) -> String {
        let slot = slots[index]
        if slot >= 0 { return texts[Int(slot)] }
        let text = storage.string(at: index)
        slots[index] = Int32(texts.count)
        texts.append(text)
        return text
    }
}
