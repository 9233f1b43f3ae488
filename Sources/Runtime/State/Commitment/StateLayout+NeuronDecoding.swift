/// Reading a subnet's neuron pages back into its table.
extension StateLayout {
    /// The decoded cells of one page, by column.
    enum PageCells {
        case hotkeys([AccountID])
        case registrationBlocks([BlockNumber])
        case lastUpdates([BlockNumber])
        case flags([Bool])
        case axons([AxonInfo?])
        case prometheus([PrometheusInfo?])
        case terms([NeuronTerms])
    }

    static func readPage(_ bytes: [UInt8], column: NeuronColumn) throws(CodecError) -> PageCells {
        try decode(bytes, as: "neuron page") { reader throws(CodecError) in
            let count = try reader.readLength(minimumElementSize: 1, reading: "neuron page")
            guard count <= pageSize else {
                throw reader.invalidValue(
                    "page of \(count) uids, more than \(pageSize)", of: "neuron page", at: 0)
            }
            switch column {
            case .hotkeys:
                return .hotkeys(try cells(count) { () throws(CodecError) in try readAccount(&reader) })
            case .blockAtRegistration:
                return .registrationBlocks(
                    try cells(count) { () throws(CodecError) in try reader.read(UInt64.self) })
            case .lastUpdate:
                return .lastUpdates(
                    try cells(count) { () throws(CodecError) in try reader.read(UInt64.self) })
            case .validatorPermit:
                return .flags(try cells(count) { () throws(CodecError) in try reader.readBool() })
            case .axons: return .axons(try cells(count) { () throws(CodecError) in try readAxon(&reader) })
            case .prometheus:
                return .prometheus(try cells(count) { () throws(CodecError) in try readPrometheus(&reader) })
            case .terms: return .terms(try cells(count) { () throws(CodecError) in try readTerms(&reader) })
            }
        }
    }

    private static func cells<T>(_ count: Int, _ read: () throws(CodecError) -> T) throws(CodecError) -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try read()) }
        return result
    }

    private static func readAxon(_ reader: inout ByteReader) throws(CodecError) -> AxonInfo? {
        guard try reader.readBool() else { return nil }
        return AxonInfo(
            block: try reader.read(UInt64.self), version: try reader.read(UInt32.self),
            ip: try reader.read(UInt128.self), port: try reader.read(UInt16.self),
            ipType: try reader.read(UInt8.self),
            protocol: try reader.read(UInt8.self), placeholder1: try reader.read(UInt8.self),
            placeholder2: try reader.read(UInt8.self))
    }

    private static func readPrometheus(_ reader: inout ByteReader) throws(CodecError) -> PrometheusInfo? {
        guard try reader.readBool() else { return nil }
        return PrometheusInfo(
            block: try reader.read(UInt64.self), version: try reader.read(UInt32.self),
            ip: try reader.read(UInt128.self), port: try reader.read(UInt16.self),
            ipType: try reader.read(UInt8.self))
    }

    private static func readTerms(_ reader: inout ByteReader) throws(CodecError) -> NeuronTerms {
        var terms = NeuronTerms()
        terms.active = try reader.readBool()
        terms.rank = try reader.read(UInt64.self)
        terms.trust = try reader.read(UInt64.self)
        terms.consensus = try reader.read(UInt64.self)
        terms.incentive = try reader.read(UInt64.self)
        terms.dividends = try reader.read(UInt64.self)
        terms.validatorTrust = try reader.read(UInt64.self)
        terms.emission = try reader.read(UInt64.self)
        terms.pruningScore = try reader.read(UInt64.self)
        terms.stakeWeight = try reader.read(UInt64.self)
        return terms
    }
}
