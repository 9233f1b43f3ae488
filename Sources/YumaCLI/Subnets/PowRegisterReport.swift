import ChainClient
import Foundation
import Hashing

/// `pow-register --json-output`: `{network, netuid, uid, hotkey, coldkey, already_registered, extrinsic,
/// block, work_block, nonce, seal, difficulty, hashes, submissions, elapsed_seconds}`.
struct PowRegisterReport: Encodable {
    var network: String
    var netuid: UInt16
    var uid: UInt16
    var hotkey: String
    var coldkey: String
    var alreadyRegistered: Bool
    var extrinsic: String?
    var block: UInt64?
    var workBlock: UInt64?
    var nonce: UInt64?
    var seal: String?
    var difficulty: UInt64?
    var hashes: UInt64
    var submissions: Int
    var elapsedSeconds: Double

    /// The report of `outcome`.
    init(_ outcome: PowRegistrationOutcome, network: String, coldkey: String) {
        self.network = network
        netuid = outcome.netuid
        uid = outcome.uid
        hotkey = outcome.hotkey
        self.coldkey = coldkey
        alreadyRegistered = outcome.alreadyRegistered
        extrinsic = outcome.extrinsicHash
        block = outcome.blockNumber
        workBlock = outcome.solution?.blockNumber
        nonce = outcome.solution?.nonce
        seal = outcome.solution.map { Hex.encode($0.seal, prefixed: true) }
        difficulty = outcome.solution?.difficulty
        hashes = outcome.hashes
        submissions = outcome.submissions
        elapsedSeconds = PowRegisterFormat.secondsValue(outcome.elapsed)
    }

    /// The human sentence.
    var text: String {
        if alreadyRegistered { return "Hotkey \(hotkey) already holds uid \(uid) on subnet \(netuid); nothing was submitted" }
        let at = block.map { " in block #\($0)" } ?? ""
        return "Registered \(hotkey) on subnet \(netuid) as uid \(uid)\(at) after \(Amounts.grouped(hashes)) hashes "
            + "in \(String(format: "%.1f", elapsedSeconds)) s"
    }
}
