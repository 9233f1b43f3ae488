/// A request/response type an axon serves and a dendrite sends: Bittensor's pydantic `Synapse` subclass.
///
/// A conforming type holds only its own fields; the common fields (`name`, `timeout`, `total_size`,
/// `header_size`, `dendrite`, `axon`, `computed_body_hash`) live in ``SynapseEnvelope``, which encodes
/// both into one flat JSON object. To define a synapse:
///
/// ```swift
/// struct Dummy: Synapse {
///     var dummyInput: Int                 // required in Python (no default)
///     var dummyOutput: Int? = nil         // filled in by the axon
///
///     enum CodingKeys: String, CodingKey {          // Python's field names
///         case dummyInput = "dummy_input", dummyOutput = "dummy_output"
///     }
///     static let inputObjectFields: [InputObjectField] = [.int("dummy_input")]
///     var requiredHashFields: [HashField] { [HashField("dummy_input", dummyInput)] }
/// }
/// ```
///
/// - The route is `/` + ``name`` (the type name by default), the Python class name.
/// - ``inputObjectFields`` lists the fields without a default in the Python class; they are sent as
///   `bt_header_input_obj_<field>` headers so a Python axon can build the object from headers.
/// - ``requiredHashFields`` are Python's `required_hash_fields`, in declaration order; each value's
///   Python `str()` feeds the body hash the dendrite signs and the axon checks.
/// - Encode every field, including `nil` ones as `null` if the Python side expects them; decode
///   leniently, since a Python peer sends its whole model back.
/// - A synapse with no fields at all (like ``PingSynapse``) returns its one value from ``fieldless``,
///   and the envelope then skips JSON coding of the synapse's part.
public protocol Synapse: Codable, Sendable {
    /// The route and `name` header: the Python class name. Defaults to the Swift type name.
    static var name: String { get }
    /// The fields that have no default in the Python class, with the JSON of an empty value.
    static var inputObjectFields: [InputObjectField] { get }
    /// The values of the Python class's `required_hash_fields`, in declaration order.
    var requiredHashFields: [HashField] { get }
    /// The only value of a synapse with no fields of its own (the bare ping), which lets the envelope
    /// skip the JSON coding of the synapse's part; `nil`, the default, for a synapse with fields.
    static var fieldless: Self? { get }
}

extension Synapse {
    /// The Swift type name.
    public static var name: String { String(describing: Self.self) }
    /// No required fields.
    public static var inputObjectFields: [InputObjectField] { [] }
    /// No hashed fields: the body hash is then `sha3_256("")`.
    public var requiredHashFields: [HashField] { [] }
    /// A synapse with fields.
    public static var fieldless: Self? { nil }
    /// The body hash of this synapse's ``requiredHashFields``.
    public var bodyHash: String { BodyHash.compute(requiredHashFields) }
}

/// One of a synapse's `required_hash_fields`: its Python name and the Python `str()` of its value.
public struct HashField: Sendable, Equatable {
    /// The Python field name (documentation and diagnostics only; the hash uses the text).
    public let name: String
    /// Python's `str(value)`.
    public let text: String

    /// Captures `value`'s Python `str()` under the field's Python name.
    public init(_ name: String, _ value: some PythonStringConvertible) {
        self.name = name
        self.text = value.pythonStr
    }
}

/// A field with no default in the Python class, sent as `bt_header_input_obj_<name>` whose value is
/// base64 of the JSON of an *empty* value of the field's type (not the real value).
public struct InputObjectField: Sendable, Equatable {
    /// The Python field name.
    public let name: String
    /// The JSON of an empty value of the field's type (`0`, `""`, `[]`, …).
    public let emptyJSON: String

    /// A field whose empty value is `emptyJSON`.
    public init(_ name: String, emptyJSON: String) {
        self.name = name
        self.emptyJSON = emptyJSON
    }

    /// An `int` field (`0`).
    public static func int(_ name: String) -> Self { Self(name, emptyJSON: "0") }
    /// A `float` field (`0.0`).
    public static func float(_ name: String) -> Self { Self(name, emptyJSON: "0.0") }
    /// A `bool` field (`false`).
    public static func bool(_ name: String) -> Self { Self(name, emptyJSON: "false") }
    /// A `str` field (`""`).
    public static func string(_ name: String) -> Self { Self(name, emptyJSON: "\"\"") }
    /// A `list` field (`[]`).
    public static func list(_ name: String) -> Self { Self(name, emptyJSON: "[]") }
    /// A `dict` field (`{}`).
    public static func dict(_ name: String) -> Self { Self(name, emptyJSON: "{}") }
}
