import ChainAPI
import Keys
import Runtime

/// Accounts in RPC params and results: SS58 (prefix 42) out, SS58 or `0x` hex in.
enum Address {
    /// The SS58 address of `account`, from ``SS58Cache`` when it was formatted recently.
    static func ss58(_ account: AccountID) -> String {
        if let cached = SS58Cache.shared.address(of: account) { return cached }
        let address = (try? SS58.encode(publicKey: account.bytes)) ?? account.description
        SS58Cache.shared.store(address, for: account)
        return address
    }

    /// Parses an SS58 address or 64 hex digits.
    static func parse(_ text: String, parameter: String) throws(RPCError) -> AccountID {
        if text.hasPrefix("0x") {
            guard let account = try? AccountID(hex: text) else {
                throw .invalidParams("\(parameter): \(text) is not 32 bytes of hex")
            }
            return account
        }
        do {
            let (_, key) = try SS58.decode(text)
            return try AccountID(bytes: key)
        } catch {
            throw .invalidParams("\(parameter): \(text) is not an SS58 address (\(error))")
        }
    }

    /// Decodes parameter `index`/`name` as an address.
    static func param(_ params: RPCParams, at index: Int, named name: String) throws(RPCError) -> AccountID {
        let text = try params.decode(String.self, at: index, named: name)
        return try parse(text, parameter: "parameter \(index) (\(name))")
    }
}
