public import PlumbCore

/// Checks a checker's options (written in a rule pack, or in an example) against its options schema:
/// unknown keys, wrong types and units are issues with positions; quantities come back converted.
public enum OptionsValidator {
    /// The normalised options and every problem found; `options` nil means none were given.
    public static func validate(_ options: Value?, against schema: ObjectSchema, at position: SourcePosition = .start) -> (options: Value, issues: [LoadIssue]) {
        let storage = RecordStorage(copying: options ?? Value(.mapping(Mapping()), at: position))
        var walker = FieldWalker(acceptsTextForScalars: false, storage: storage)
        walker.check(storage.root, as: .object(schema), path: { "options" })
        return (storage.rootValue, walker.issues)
    }
}
