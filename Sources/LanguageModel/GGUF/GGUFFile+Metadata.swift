extension GGUFFile {
    /// The metadata value for `key`, or `GGUFError.missingKey`.
    public func value(_ key: String) throws(GGUFError) -> GGUFValue {
        guard let value = metadata[key] else { throw .missingKey(key) }
        return value
    }

    /// A string value, such as `general.architecture`.
    public func string(_ key: String) throws(GGUFError) -> String {
        try convert(key, "string", \.stringValue)
    }

    /// An integer value of any stored width, such as `llama.block_count`.
    public func integer(_ key: String) throws(GGUFError) -> Int {
        try convert(key, "integer", \.integerValue)
    }

    /// A float value of either stored width, such as `llama.rope.freq_base`.
    public func float(_ key: String) throws(GGUFError) -> Double {
        try convert(key, "float", \.floatValue)
    }

    /// A boolean value, such as `tokenizer.ggml.add_bos_token`.
    public func bool(_ key: String) throws(GGUFError) -> Bool {
        try convert(key, "bool", \.boolValue)
    }

    /// An array of strings, such as `tokenizer.ggml.tokens` or `tokenizer.ggml.merges`.
    public func stringArray(_ key: String) throws(GGUFError) -> [String] {
        try convert(key, "array of string", \.stringArrayValue)
    }

    /// An array of integers of any stored width, such as `tokenizer.ggml.token_type`.
    public func integerArray(_ key: String) throws(GGUFError) -> [Int] {
        try convert(key, "array of integer", \.integerArrayValue)
    }

    /// An array of floats, such as `tokenizer.ggml.scores`.
    public func floatArray(_ key: String) throws(GGUFError) -> [Double] {
        try convert(key, "array of float", \.floatArrayValue)
    }

    /// The model architecture (`general.architecture`, such as `llama`).
    public var architecture: String? { metadata["general.architecture"]?.stringValue }

    private func convert<T>(
        _ key: String, _ expected: String, _ accessor: (GGUFValue) -> T?
    ) throws(GGUFError) -> T {
        let value = try value(key)
        guard let converted = accessor(value) else {
            throw .typeMismatch(key: key, expected: expected, found: value.typeDescription)
        }
        return converted
    }
}

extension GGUFFile {
    /// How many tensors the file holds of each element type.
    public var tensorTypeCounts: [GGMLType: Int] {
        tensors.reduce(into: [:]) { counts, tensor in counts[tensor.type, default: 0] += 1 }
    }

    /// The total bytes of tensor data.
    public var tensorByteCount: Int { tensors.reduce(0) { $0 + $1.byteCount } }
}
