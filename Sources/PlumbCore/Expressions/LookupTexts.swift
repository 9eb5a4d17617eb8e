/// Texts read out of the storages of records that rules reach by `lookup()`, kept across the records
/// one thread evaluates.
///
/// Many records look up the same few (every inspection reads its checklist's items): with the texts
/// built once per record the checklist's ids were rebuilt for each inspection. The most recently used
/// storages are kept, a handful at most, so memory stays bounded whatever the run's size.
final class LookupTexts {
    /// How many storages are kept.
    static let capacity = 8

    /// Most recently used first.
    @exclusivity(unchecked) private var entries: [(storage: RecordStorage, texts: NodeTexts)] = []

    /// The text node `index` of `storage` holds, built at most once while the storage stays here.
    func text(at index: Int, in storage: RecordStorage) -> String {
        if let position = entries.firstIndex(where: { $0.storage === storage }) {
            if position != 0 { entries.swapAt(0, position) }
        } else {
            if entries.count == Self.capacity { entries.removeLast() }
            entries.insert((storage, NodeTexts(nodeCount: storage.nodeCount)), at: 0)
        }
        return entries[0].texts.text(at: index, in: storage)
    }
}
