import ChainAPI
import Hashing
import Runtime

extension ChainMethods {
    static func registerAuthor(on registry: inout RPCMethodRegistry, chain: Chain) {
        registry.register("author_submitExtrinsic") { params, _ throws(RPCError) -> String in
            try params.expectAtMost(["extrinsic"])
            let extrinsic = try decodeExtrinsic(params, chain: chain)
            do throws(SubmissionError) {
                return try await chain.admit(extrinsic).0.description
            } catch {
                throw rpcError(error)
            }
        }
        registry.registerSubscription(
            "author_submitAndWatchExtrinsic", unsubscribe: "author_unwatchExtrinsic",
            notification: "author_extrinsicUpdate"
        ) { params, _ throws(RPCError) -> AsyncStream<ExtrinsicStatus> in
            try params.expectAtMost(["extrinsic"])
            let extrinsic = try decodeExtrinsic(params, chain: chain)
            do throws(SubmissionError) {
                return try await chain.admitAndWatch(extrinsic)
            } catch {
                throw rpcError(error)
            }
        }
        registry.register("author_pendingExtrinsics") { _, _ throws(RPCError) -> [String] in
            await chain.pendingExtrinsics().map { "0x" + $0.encoded(capacity: 256).hexString }
        }
    }

    /// The extrinsic in parameter 0, decoded and signature-checked.
    static func decodeExtrinsic(_ params: RPCParams, chain: Chain) throws(RPCError) -> SignedExtrinsic {
        let hex = try params.decode(String.self, at: 0, named: "extrinsic")
        guard let bytes = try? Hex.decode(hex) else {
            throw .invalidParams("parameter 0 (extrinsic): not hex")
        }
        do throws(SubmissionError) {
            return try chain.decodeAndVerify(bytes)
        } catch {
            throw rpcError(error)
        }
    }

    /// Substrate's codes for refused transactions.
    static func rpcError(_ error: SubmissionError) -> RPCError {
        switch error {
        case .malformed, .badSignature:
            return RPCError(code: .invalidTransaction, message: "Invalid Transaction: \(error.description)")
        case .pool(let poolError):
            switch poolError {
            case .duplicate:
                return RPCError(
                    code: .temporarilyBanned, message: "Transaction Already Imported: \(poolError)")
            case .poolFull, .nonceAlreadyPending:
                return RPCError(code: .priorityTooLow, message: "Priority is too low: \(poolError)")
            default:
                return RPCError(code: .invalidTransaction, message: "Invalid Transaction: \(poolError)")
            }
        }
    }
}
