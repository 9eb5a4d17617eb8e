/// The fields a mapping of a record may hold.
public struct ObjectSchema: Sendable {
    /// One field of a mapping.
    ///
    /// A class: validation looks a field up for every key of every record, and handing out a reference is one
    /// retain where copying the struct retained its name, type and summary each time.
    public final class Field: Sendable {
        public let name: String
        /// The name's UTF-8, for look-ups by a key's bytes in record storage.
        package let nameUTF8: [UInt8]
        public let type: FieldType
        public let isRequired: Bool
        /// One line for docs and JSON Schema (English, Chinese term beside where useful).
        public let summary: String

        public init(_ name: String, _ type: FieldType, required: Bool = false, _ summary: String = "") {
            self.name = name
            nameUTF8 = Array(name.utf8)
            self.type = type
            self.isRequired = required
            self.summary = summary
        }
    }

    public let fields: [Field]
    /// The fields that must be present, in order.
    public let requiredFields: [Field]

    public init(_ fields: [Field]) {
        self.fields = fields
        requiredFields = fields.filter(\.isRequired)
    }

    /// The field called `name`, if the schema has it.
    ///
    /// A linear scan: schemas have tens of fields with short ASCII names, and comparing those costs less
    /// than hashing the name (measured with callgrind: about 170 against 430 instructions a look-up).
    public func field(_ name: String) -> Field? { fields.first { Mapping.sameKey($0.name, name) } }

    /// The field whose name is the UTF-8 `key` (a key as record storage holds it), if the schema has it.
    package func field(utf8 key: UnsafeBufferPointer<UInt8>) -> Field? {
        for field in fields where field.nameUTF8.count == key.count {
            if field.nameUTF8.withUnsafeBufferPointer({ UTF8Bytes.equal($0, key) }) { return field }
        }
        return nil
    }

    /// Field names a user may add without a warning: extension fields start with `x-`.
    public static func isExtensionField(_ name: String) -> Bool { name.hasPrefix("x-") }
}
