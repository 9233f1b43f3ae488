import Foundation

extension RoundupReport {
    /// Counts the `NeuronRegistered` events of subnet `netuid` in `range`, reading the blocks newest
    /// first (`newest` is the index's last block); events whose fields name no subnet count for every subnet.
    static func registrationEvents(
        _ store: any IndexStore, netuid: UInt16, newest: UInt64, _ range: ClosedRange<UInt64>
    ) async throws(IndexStoreError) -> UInt64 {
        var count: UInt64 = 0
        var offset = Int(newest - range.upperBound)
        var remaining = Int(range.upperBound - range.lowerBound) + 1
        while remaining > 0 {
            let page = try await store.blocks(limit: min(remaining, 500), offset: offset)
            if page.isEmpty { break }
            for summary in page where summary.eventCount > 0 {
                guard let block = try await store.block(summary.number) else { continue }
                count += UInt64(block.events.filter { isRegistration($0, netuid: netuid) }.count)
            }
            offset += page.count
            remaining -= page.count
        }
        return count
    }

    /// Whether `event` registered a neuron on `netuid` (`registration.NeuronRegistered`, any case).
    static func isRegistration(_ event: IndexedEvent, netuid: UInt16) -> Bool {
        guard event.name.lowercased().hasSuffix("neuronregistered") else { return false }
        guard let object = try? JSONSerialization.jsonObject(with: Data(event.fieldsJSON.utf8)) as? [String: Any],
            let subnet = object["netuid"] as? NSNumber
        else { return true }
        return subnet.intValue == Int(netuid)
    }
}
