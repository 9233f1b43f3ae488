import Hummingbird

/// `/api/extrinsics`, `/api/events` and `/api/accounts/<ss58>`.
enum ActivityAPI {
    static func add(to router: Router<BasicRequestContext>, store: any IndexStore) {
        router.get("/api/extrinsics") { request, _ in
            let query = APIQuery(request)
            let (limit, page) = try query.paging()
            let descending = try query.descending(default: true)
            let (signer, call) = (try query.address("signer"), query.nonEmpty("call"))
            let total = try await store.extrinsicCount(signer: signer, call: call)
            let window = newestFirstWindow(total: total, limit: limit, page: page, descending: descending)
            var items = window.limit > 0
                ? try await store.extrinsics(limit: window.limit, offset: window.offset, signer: signer, call: call) : []
            if !descending { items.reverse() }
            return try Responses.json(
                APIPage(pagination: .init(currentPage: page, perPage: limit, totalItems: total), data: items.map(ExtrinsicItem.init)))
        }
        router.get("/api/events") { request, _ in
            let query = APIQuery(request)
            let (limit, page) = try query.paging()
            let descending = try query.descending(default: true)
            let name = query.nonEmpty("name")
            let block = try query.integer("block", in: 0...UInt64(Int64.max), default: nil)
            let account = try query.address("account")
            if account != nil && (name != nil || block != nil) {
                throw APIError.badRequest("account cannot be combined with name or block; ask for one filter at a time")
            }
            let total: Int
            if let account { total = try await store.eventCount(mentioning: account) } else {
                total = try await store.eventCount(name: name, block: block)
            }
            let window = newestFirstWindow(total: total, limit: limit, page: page, descending: descending)
            var items: [IndexedEvent] = []
            if window.limit > 0, let account {
                items = try await store.events(mentioning: account, limit: window.limit, offset: window.offset)
            } else if window.limit > 0 {
                items = try await store.events(limit: window.limit, offset: window.offset, name: name, block: block)
            }
            if !descending { items.reverse() }
            return try Responses.json(
                APIPage(pagination: .init(currentPage: page, perPage: limit, totalItems: total), data: items.map(EventItem.init)))
        }
        router.get("/api/accounts/:address") { _, context in
            let address = context.parameters.get("address") ?? ""
            let decoded: SS58Shape.Decoded
            switch SS58Shape.check(address) {
            case .success(let value): decoded = value
            case .failure(let error): throw APIError.badRequest("'\(address)' is not an SS58 address: \(error.reason)")
            }
            let neurons = try await NeuronRow.latest(store: store).compactMap { row -> AccountItem.Neuron? in
                let role = row.coldkey == address ? "coldkey" : row.hotkey == address ? "hotkey" : nil
                return role.map { AccountItem.Neuron(netuid: row.netuid, uid: row.uid, role: $0, hotkey: row.hotkey, stake: String(row.stake)) }
            }
            let item = AccountItem(
                address: address, publicKey: decoded.publicKey, ss58Prefix: decoded.prefix,
                extrinsicCount: try await store.extrinsicCount(signer: address, call: nil),
                eventCount: try await store.eventCount(mentioning: address), neurons: neurons, balance: nil,
                extrinsicsUrl: "/api/extrinsics?signer=\(address)", eventsUrl: "/api/events?account=\(address)")
            return try Responses.json(APIPage(pagination: .init(currentPage: 1, perPage: 1, totalItems: 1), data: [item]))
        }
    }

    /// The newest-first `limit` and `offset` that hold page `page` of `total` items in the asked order
    /// (an oldest-first page is read newest first from the other end, then reversed).
    static func newestFirstWindow(total: Int, limit: Int, page: Int, descending: Bool) -> (limit: Int, offset: Int) {
        let skipped = (page - 1) * limit
        if descending { return (limit, skipped) }
        let end = total - skipped
        let start = max(0, end - limit)
        return (max(0, end - start), start)
    }
}
