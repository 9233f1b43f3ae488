import Hummingbird

/// The HTML pages: home, blocks, block, subnet, search.
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, store: any IndexStore) {
        router.get("/") { request, _ in
            let query = APIQuery(request)
            let netuid: UInt16? = try? query.integer("netuid", in: 0...UInt16.max, default: nil)
            let range = RoundupCharts.ranges.contains { $0.key == query.string("range") } ? query.string("range") ?? "all" : "all"
            return Responses.html(try await HomePage.render(store: store, netuid: netuid, range: range, now: Format.now))
        }
        router.get("/blocks") { request, _ in
            let page = (try? APIQuery(request).integer("page", in: 1...1_000_000, default: 1)) ?? 1
            return Responses.html(try await BlocksPage.render(store: store, page: page ?? 1, now: Format.now))
        }
        router.get("/block/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let number = try await blockNumber(id, store: store), let block = try await store.block(number) else {
                throw NotFound(what: "The index holds no block \(id).")
            }
            return Responses.html(BlockPage.render(block, status: try await store.status(), now: Format.now))
        }
        router.get("/subnet/:netuid") { _, context in
            let text = context.parameters.get("netuid") ?? ""
            guard let netuid = UInt16(text), let page = try await SubnetPage.render(store: store, netuid: netuid, now: Format.now)
            else { throw NotFound(what: "The index has no subnet \(text).") }
            return Responses.html(page)
        }
        router.get("/search") { request, _ in
            let q = (APIQuery(request).string("q") ?? "").trimmingCharacters(in: .whitespaces)
            if let target = try await search(q, store: store) {
                return Response(status: .seeOther, headers: [.location: target])
            }
            throw NotFound(what: "Nothing in the index matches “\(q)”.")
        }
    }

    /// A block number from a number or a hash.
    static func blockNumber(_ id: String, store: any IndexStore) async throws(IndexStoreError) -> UInt64? {
        if let number = UInt64(id) { return number }
        guard id.hasPrefix("0x") else { return nil }
        return try await store.blockNumber(hash: id.lowercased())
    }

    /// Where a search for `q` leads: a block by number or hash, an extrinsic's block, or a subnet.
    static func search(_ q: String, store: any IndexStore) async throws(IndexStoreError) -> String? {
        if let number = UInt64(q) { return "/block/\(number)" }
        let lower = q.lowercased()
        if lower.hasPrefix("subnet"), let netuid = UInt16(lower.dropFirst(6).trimmingCharacters(in: .whitespaces)) {
            return "/subnet/\(netuid)"
        }
        guard lower.hasPrefix("0x") else { return nil }
        if let number = try await store.blockNumber(hash: lower) { return "/block/\(number)" }
        if let extrinsic = try await store.extrinsic(hash: lower) { return "/block/\(extrinsic.blockNumber)#\(extrinsic.hash)" }
        return nil
    }
}
