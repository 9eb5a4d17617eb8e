import PlumbCore

/// One check of an external plugin, seen by packs as any other ``Checker``: its options schema and examples
/// come from `plugin.yaml`, its findings from the plugin's process.
struct ExternalChecker: Checker {
    let declaration: CheckDeclaration
    let session: PluginSession

    var id: String { declaration.id }
    var disciplines: [String] { declaration.disciplines }
    var kinds: [RecordKind] { declaration.kinds }
    var optionsSchema: ObjectSchema { declaration.optionsSchema }

    var description: CheckerDescription {
        CheckerDescription(summary: declaration.summary, details: declaration.details, references: declaration.references,
                           examples: declaration.examples)
    }

    func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        try check(batch: [CheckerRequest(record: record, options: options, context: context)])[0].get()
    }

    /// The batch in messages of at most `batchSize` requests; after a failure the rest fail the same way.
    func check(batch: [CheckerRequest]) -> [Result<[CheckerFinding], any Error>] {
        var results: [Result<[CheckerFinding], any Error>] = []
        let size = max(1, session.manifest.batchSize)
        for start in stride(from: 0, to: batch.count, by: size) {
            let chunk = Array(batch[start..<min(start + size, batch.count)])
            let requests = chunk.enumerated().map { offset, request in
                PluginMessages.Request(index: offset, check: id, options: withDefaults(request.options), record: request.record,
                                       asOf: request.context.asOf)
            }
            do {
                let answers = try session.exchange(requests)
                for request in requests {
                    switch answers[request.index] {
                    case .findings(let findings): results.append(.success(findings))
                    case .error(let message):
                        results.append(.failure(CheckerFailure(plugin: session.manifest.id, reason: "could not check record \(request.record.id): \(message)")))
                    case nil:
                        results.append(.failure(CheckerFailure(plugin: session.manifest.id, reason: "gave no answer for record \(request.record.id)")))
                    }
                }
            } catch {
                results += chunk.map { _ in .failure(error) }
            }
        }
        return results
    }

    /// The rule's options with the manifest's defaults for those it leaves out.
    private func withDefaults(_ options: Value) -> Value {
        guard !declaration.optionDefaults.isEmpty else { return options }
        var map = options.mappingValue ?? Mapping()
        for name in declaration.optionDefaults.keys.sorted() where map[name] == nil {
            map[name] = declaration.optionDefaults[name]
        }
        return Value(.mapping(map), at: options.position)
    }
}
