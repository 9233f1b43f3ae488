import ChainAPI
import Runtime

/// A made-up chain for measuring and testing stores: blocks with transfers and registrations, their
/// events, samples and metagraphs, all a pure function of the block number.
struct SyntheticChain: Sendable {
    /// Well-known development accounts (SS58).
    static let accounts = [
        "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty",
        "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y", "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy",
    ]
    /// Subnets that get samples, metagraphs and registrations.
    static let netuids: [UInt16] = [1, 2]

    /// Seal time of block 0, ms since the Unix epoch (a UTC midnight).
    var genesisTime: UInt64 = 1_700_006_400_000
    /// Milliseconds between blocks.
    var blockTime: UInt64 = 12_000
    /// Extrinsics in a block cycle through 0 up to this many.
    var maxExtrinsics: UInt64 = 4

    /// The hash of block `number`.
    static func hash(_ number: UInt64) -> String {
        let hex = String(number &* 2 &+ 1, radix: 16)
        return "0x" + String(repeating: "0", count: 64 - hex.count) + hex
    }

    /// Block `number` with its extrinsics and events.
    func block(_ number: UInt64) -> IndexedBlock {
        let accounts = Self.accounts
        var extrinsics: [IndexedExtrinsic] = []
        var events = [
            IndexedEvent(
                blockNumber: number, index: 0, extrinsicIndex: nil, name: "subtensor.BlockEmitted",
                fieldsJSON: #"{"emission":1000000000}"#)
        ]
        func event(_ x: UInt32, _ name: String, _ fields: String) {
            events.append(
                IndexedEvent(
                    blockNumber: number, index: UInt32(events.count), extrinsicIndex: x, name: name, fieldsJSON: fields))
        }
        for i in 0..<(number % (maxExtrinsics + 1)) {
            let signer = accounts[Int((number + i) % 4)]
            let other = accounts[Int((number + i + 1) % 4)]
            let registers = i == 0 && number % 3 == 0
            let succeeded = (number + i) % 7 != 0
            extrinsics.append(
                IndexedExtrinsic(
                    hash: Self.hash(number &* 1_000 &+ i &+ 1_000_000_000), blockNumber: number, index: UInt32(i),
                    signer: signer, nonce: number / 4, call: registers ? "registration.burned_register" : "balances.transfer",
                    succeeded: succeeded))
            let x = UInt32(i)
            if succeeded && registers {
                let netuid = Self.netuids[Int(number / 3 % 2)]
                event(x, "registration.NeuronRegistered", #"{"hotkey":"\#(other)","netuid":\#(netuid),"uid":\#(number % 16)}"#)
            } else if succeeded {
                event(x, "balances.Transfer", #"{"amount":\#(number * 1_000 + i),"from":"\#(signer)","to":"\#(other)"}"#)
            }
            event(x, succeeded ? "system.ExtrinsicSuccess" : "system.ExtrinsicFailed", #"{"fee":125000}"#)
        }
        return IndexedBlock(
            number: number, hash: Self.hash(number), parentHash: number == 0 ? Self.hash(0) : Self.hash(number - 1),
            timestamp: genesisTime + number * blockTime, author: accounts[Int(number % 4)], extrinsics: extrinsics,
            events: events)
    }

    /// The Roundup sample at block `number`.
    func sample(_ number: UInt64) -> ChainSample {
        let subnets = Self.netuids.map { netuid in
            let n = UInt64(netuid)
            return SubnetSample(
                netuid: netuid, neurons: min(number / 3 + n, 256), uidLimit: 256, difficulty: 10_000_000 + number * 7 * n,
                burn: 1_000_000_000 - number % 1_000, totalStake: number * 1_000_000 * n, sequenceLength: 256 + number % 3,
                emission: 500_000_000 / n)
        }
        return ChainSample(
            block: number, totalIssuance: number * 1_000_000_000, totalStake: subnets.reduce(0) { $0 + $1.totalStake },
            totalEmission: 1_000_000_000, subnets: subnets)
    }

    /// The metagraph of `netuid` at block `number`, with `size` neurons.
    func metagraph(_ netuid: UInt16, at number: UInt64, size: Int = 8) -> MetagraphView {
        var view = MetagraphView(netuid: netuid, block: number)
        view.n = size
        for uid in 0..<size {
            let key = Self.accounts[uid % 4]
            view.hotkeys.append(key)
            view.coldkeys.append(Self.accounts[(uid + 1) % 4])
            view.stake.append(UInt64(uid) * 1_000 + number)
            for column in [\MetagraphView.ranks, \.trust, \.consensus, \.incentive, \.dividends, \.emission] {
                view[keyPath: column].append(UInt64(uid * 100))
            }
            view.validatorTrust.append(UInt64(uid))
            view.validatorPermit.append(uid % 2 == 0)
            view.active.append(true)
            view.lastUpdate.append(number)
            view.blockAtRegistration.append(UInt64(uid))
            view.pruningScores.append(UInt64(65_535 - uid))
            view.axons.append(uid % 3 == 0 ? nil : AxonView(block: number, version: 1, ip: "10.0.0.\(uid)", port: 8091, ipType: 4, protocol: 4))
        }
        return view
    }

    /// Hyperparameters of `netuid` read at block `number`.
    func hyperparameters(_ netuid: UInt16, at number: UInt64) -> StoredHyperparameters {
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 100 + netuid
        parameters.difficulty = 10_000_000 + number
        return StoredHyperparameters(netuid: netuid, block: number, parameters: parameters)
    }
}
