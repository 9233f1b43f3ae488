import ChainAPI

/// `yuma_metagraph` writes its answer directly: the same members, in the same form, as `JSONEncoder`
/// writes from `MetagraphView`'s `Codable` conformance (absent `weights` and `bonds` are left out).
extension MetagraphView: RPCJSONFragment {
    var jsonFragment: String {
        var writer = JSONTextWriter(capacity: 64 + n * 420)
        writer.raw("{")
        writer.key("netuid", first: true)
        writer.integer(netuid)
        writer.key("block")
        writer.integer(block)
        writer.key("n")
        writer.integer(n)
        writer.key("hotkeys")
        writer.strings(hotkeys)
        writer.key("coldkeys")
        writer.strings(coldkeys)
        for (name, values) in [
            ("stake", stake), ("ranks", ranks), ("trust", trust), ("consensus", consensus),
            ("incentive", incentive),
            ("dividends", dividends), ("emission", emission), ("validatorTrust", validatorTrust),
        ] {
            writer.key(name)
            writer.integers(values)
        }
        writer.key("validatorPermit")
        writer.booleans(validatorPermit)
        writer.key("active")
        writer.booleans(active)
        writer.key("lastUpdate")
        writer.integers(lastUpdate)
        writer.key("blockAtRegistration")
        writer.integers(blockAtRegistration)
        writer.key("pruningScores")
        writer.integers(pruningScores)
        writer.key("axons")
        writer.array(axons) { writer, axon in
            guard let axon else {
                writer.raw("null")
                return
            }
            writer.raw("{")
            writer.key("block", first: true)
            writer.integer(axon.block)
            writer.key("version")
            writer.integer(axon.version)
            writer.key("ip")
            writer.string(axon.ip)
            writer.key("port")
            writer.integer(axon.port)
            writer.key("ipType")
            writer.integer(axon.ipType)
            writer.key("protocol")
            writer.integer(axon.protocol)
            writer.raw("}")
        }
        if let weights {
            writer.key("weights")
            writer.array(weights) { writer, row in writer.array(row) { $0.integers($1) } }
        }
        if let bonds {
            writer.key("bonds")
            writer.array(bonds) { writer, row in writer.array(row) { $0.integers($1) } }
        }
        writer.raw("}")
        return writer.text
    }
}
