import ChainAPI
import ChainClient
import Explorer
import Hashing
import Runtime

/// Writes a simulation into an explorer index: the chain identity, Roundup samples, block summaries
/// and the final metagraph, through the ``IndexStore`` protocol the explorer reads.
struct SimulationRecorder: Sendable {
    let store: any IndexStore

    /// Binds the index to the simulated chain (its name says preset, era and seed).
    func bind(_ simulation: Simulation) async throws(SimulationError) {
        let c = simulation.configuration
        let identity = ChainIdentity(
            genesisHash: "0x" + simulation.lastHash.map { String($0, radix: 16).leftPadded() }.joined(),
            chainName: "Yuma simulation \(c.preset.rawValue) (\(c.era.rawValue), seed \(c.seed))")
        do { try await store.bind(to: identity) } catch { throw .output(error.description) }
    }

    /// Stores a sample, with the metagraph when given.
    func write(_ sample: ChainSample, metagraph: MetagraphView?) async throws(SimulationError) {
        do { try await store.write(sample, metagraphs: metagraph.map { [$0] } ?? []) } catch {
            throw .output(error.description)
        }
    }

    /// Stores consecutive block summaries.
    func write(_ blocks: [IndexedBlock]) async throws(SimulationError) {
        do { try await store.write(blocks) } catch { throw .output(error.description) }
    }

    /// A simulated block as the index keeps it. Unsealed registrations appear as extrinsics named
    /// `registration.register_unsealed` with nonce 0 (they are not extrinsics on chain).
    func indexed(_ block: SimulatedBlock) -> IndexedBlock {
        let hash = Self.hex(block.hash)
        let extrinsics = block.extrinsics.enumerated().map { index, entry in
            IndexedExtrinsic(
                hash: Self.hex(Blake2b.hash256(block.hash + [UInt8(truncatingIfNeeded: index), UInt8(truncatingIfNeeded: index >> 8)])),
                blockNumber: block.number, index: UInt32(index), signer: entry.signer.ss58, nonce: entry.nonce,
                call: entry.call, succeeded: entry.succeeded)
        }
        let events = block.events.enumerated().map { index, item in
            IndexedEvent(
                blockNumber: block.number, index: UInt32(index), extrinsicIndex: item.entry.map { UInt32($0) },
                name: Self.name(of: item.event), fieldsJSON: "{}")
        }
        return IndexedBlock(
            number: block.number, hash: hash, parentHash: Self.hex(block.parentHash), timestamp: block.timestamp,
            author: DevAccounts.alice.ss58, extrinsics: extrinsics, events: events)
    }

    static func hex(_ bytes: [UInt8]) -> String { "0x" + bytes.map { String($0, radix: 16).leftPadded() }.joined() }

    /// `pallet.case` of an event, from its description.
    static func name(of event: Event) -> String {
        let text = String(describing: event)
        var parts: [Substring] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), parts.count < 2 {
            parts.append(rest[..<open])
            rest = rest[rest.index(after: open)...]
        }
        if parts.isEmpty { parts.append(rest) }
        return parts.map { String($0.split(separator: ".").last ?? $0) }.joined(separator: ".")
    }
}

extension String {
    fileprivate func leftPadded() -> String { count == 1 ? "0" + self : self }
}
