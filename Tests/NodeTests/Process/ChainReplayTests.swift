import ChainClient
import Foundation
import Keys
import Runtime
import Testing

@testable import Node

/// `ChainReplay` on a chain produced in process: a faithful store replays OK, and each kind of
/// tampering is reported at the right block and place.
@Suite struct ChainReplayTests {
    /// A manual-block chain of 5 blocks with transfers (one failing), a subnet, a registration and a stake.
    static func producedChain() async throws -> (chain: Chain, directory: TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let spec = try ChainSpec.named("finney")
        let chain = try await Chain.open(
            NodeConfiguration(chain: spec, basePath: directory.path, blockTime: .manual), logger: testLogger)
        let signer = ExtrinsicSigner(genesisHash: chain.genesisHash)
        let alice = try KeyPair(uri: "//Alice")
        let bob = try KeyPair(uri: "//Bob")
        var nonces: [AccountID: UInt64] = [:]
        func submit(_ call: Call, _ key: KeyPair) async throws {
            let nonce = nonces[key.accountID, default: 0]
            nonces[key.accountID] = nonce + 1
            _ = try await chain.admit(signer.sign(call, with: key, nonce: nonce))
        }
        try await submit(.subnets(.registerNetwork(hotkey: DevAccounts.alice)), alice)
        for index in 0..<4 {
            try await submit(.balances(.transfer(destination: DevAccounts.charlie, amount: 1_000 + UInt64(index))), bob)
        }
        try await chain.produceBlock(timestamp: 1_000)
        try await submit(.balances(.transfer(destination: DevAccounts.dave, amount: 10_000_000 * raoPerTao)), bob)
        try await submit(.registration(.burnedRegister(netuid: 1, hotkey: DevAccounts.eve)), bob)
        try await chain.produceBlock(timestamp: 2_000)
        try await submit(.staking(.addStake(hotkey: DevAccounts.eve, amount: 5 * raoPerTao)), bob)
        try await chain.produceBlock(timestamp: 3_000)
        try await chain.produceBlock(timestamp: 4_000)
        try await submit(.balances(.transfer(destination: DevAccounts.ferdie, amount: 7)), alice)
        try await chain.produceBlock(timestamp: 5_000)
        return (chain, directory)
    }

    /// A copy of `store` in `directory`, with block `number` passed through `tamper`.
    static func tamperedCopy(
        of store: BlockStore, in directory: TemporaryDirectory, block number: UInt64,
        _ tamper: (inout StoredBlock) -> Void
    ) async throws -> BlockStore {
        let copy = try BlockStore(path: directory.path + "/copy-\(UUID().uuidString).sqlite", durability: .normal)
        let head = try #require(try await store.head())
        for index in 0...head.number {
            var block = try #require(try await store.block(number: index))
            if index == number { tamper(&block) }
            if index == 0 { try await copy.commitGenesis(block) } else { try await copy.commit(block) }
        }
        return copy
    }

    @Test func faithfulStoreReplaysOK() async throws {
        let (chain, directory) = try await Self.producedChain()
        defer { directory.remove() }
        let report = try await ChainReplay(spec: chain.spec, store: chain.store).run()
        #expect(report.divergence == nil, "\(report.divergence?.description ?? "")")
        #expect(report.head == 5)
        #expect(report.blocksVerified == 5)
        #expect(report.extrinsicsVerified == 9)
        let failed = try await chain.store.extrinsics(inBlock: 2).filter { !$0.succeeded }
        #expect(failed.count == 1, "the 10M τ transfer is included as a failed call")
        await chain.close()
        let reopened = try await ChainReplay.verify(basePath: directory.path, spec: chain.spec)
        #expect(reopened.isOK && reopened.blocksVerified == 5)
    }

    @Test func otherChainSpecIsAGenesisDivergence() async throws {
        let (chain, directory) = try await Self.producedChain()
        defer { directory.remove() }
        let report = try await ChainReplay(spec: try ChainSpec.named("nakamoto"), store: chain.store).run()
        guard case .genesisHash = report.divergence else {
            Issue.record("expected a genesis divergence, got \(String(describing: report.divergence))")
            return
        }
        #expect(report.blocksVerified == 0)
        await chain.close()
    }

    @Test func alteredStateChangeIsReportedWithItsKey() async throws {
        let (chain, directory) = try await Self.producedChain()
        defer { directory.remove() }
        var alteredKey: [UInt8] = []
        let copy = try await Self.tamperedCopy(of: chain.store, in: directory, block: 3) { block in
            let index = block.stateChanges.indices.last ?? 0
            alteredKey = block.stateChanges[index].key
            block.stateChanges[index].value = [1, 2, 3]
        }
        let report = try await ChainReplay(spec: chain.spec, store: copy).run()
        #expect(report.blocksVerified == 2)
        guard case .stateChange(let block, let key, let stored, _) = report.divergence else {
            Issue.record("expected a state change divergence, got \(String(describing: report.divergence))")
            return
        }
        #expect(block == 3)
        #expect(key == ReplayDivergence.show(alteredKey))
        #expect(stored == "0x010203")
        await chain.close()
    }

    @Test func flippedOutcomeIsReportedAtItsExtrinsic() async throws {
        let (chain, directory) = try await Self.producedChain()
        defer { directory.remove() }
        let copy = try await Self.tamperedCopy(of: chain.store, in: directory, block: 1) { block in
            block.extrinsics[2].succeeded.toggle()
        }
        let report = try await ChainReplay(spec: chain.spec, store: copy).run()
        guard case .extrinsicOutcome(1, 2, _, false, true) = report.divergence else {
            Issue.record("expected extrinsic 2 of block 1, got \(String(describing: report.divergence))")
            return
        }
        await chain.close()
    }

    @Test func forgedSignatureIsReported() async throws {
        let (chain, directory) = try await Self.producedChain()
        defer { directory.remove() }
        let copy = try await Self.tamperedCopy(of: chain.store, in: directory, block: 2) { block in
            // Byte 40 lies inside the 64-byte signature (after version, signer and key type).
            block.extrinsics[1].encoded[40] ^= 0xFF
        }
        let report = try await ChainReplay(spec: chain.spec, store: copy).run()
        guard case .badSignature(2, 1, _) = report.divergence else {
            Issue.record("expected extrinsic 1 of block 2, got \(String(describing: report.divergence))")
            return
        }
        // Without signature checks the forged bytes still change the extrinsic hash, hence the root.
        let unchecked = try await ChainReplay(spec: chain.spec, store: copy, checksSignatures: false).run()
        guard case .headerField(2, "extrinsics root", _, _) = unchecked.divergence else {
            Issue.record("expected the extrinsics root of block 2, got \(String(describing: unchecked.divergence))")
            return
        }
        await chain.close()
    }

    @Test func droppedExtrinsicChangesTheBlock() async throws {
        let (chain, directory) = try await Self.producedChain()
        defer { directory.remove() }
        let copy = try await Self.tamperedCopy(of: chain.store, in: directory, block: 5) { block in
            block.extrinsics.removeAll()
            block.events = block.events.filter { $0.extrinsicIndex == nil }.enumerated().map { index, event in
                var event = event
                event.index = UInt32(index)
                return event
            }
        }
        let report = try await ChainReplay(spec: chain.spec, store: copy).run()
        #expect(report.blocksVerified == 4)
        #expect(report.divergence?.block == 5)
        await chain.close()
    }
}
