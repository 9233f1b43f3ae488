/// `serving.serve_axon` and `serving.serve_prometheus` lines: addresses as dotted IPv4 or an integer.
enum ScenarioServing {
    /// The serving call `name` asks for.
    static func call(_ name: String, _ args: inout ScenarioArguments) throws(ScenarioProblem) -> Call {
        let netuid: NetUID = try args.integer("netuid")
        let (ip, type) = try address(try args.text("ip"), key: "ip")
        let port: UInt16 = try args.integer("port")
        let ipType: UInt8 = try args.integer("ip_type", default: type)
        let version: UInt32 = try args.integer("version", default: 0)
        guard name == "serving.serve_axon" else {
            return .serving(
                .servePrometheus(netuid: netuid, version: version, ip: ip, port: port, ipType: ipType))
        }
        let proto: UInt8 = try args.integer("protocol", default: 0)
        return .serving(
            .serveAxon(
                netuid: netuid, version: version, ip: ip, port: port, ipType: ipType, protocol: proto,
                placeholder1: 0, placeholder2: 0))
    }

    /// The address as an integer and its type: 4 for dotted IPv4 or an integer that fits 32 bits, else 6.
    static func address(_ text: String, key: String) throws(ScenarioProblem) -> (UInt128, UInt8) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4 {
            var value: UInt128 = 0
            for part in parts {
                let octet: UInt8 = try ScenarioValues.integer(String(part), key: key)
                value = value << 8 | UInt128(octet)
            }
            return (value, 4)
        }
        let value: UInt128 = try ScenarioValues.integer(text, key: key)
        return (value, value <= UInt128(UInt32.max) ? 4 : 6)
    }
}
