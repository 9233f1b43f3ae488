import Hummingbird

/// The HTML pages: home, blocks, block, subnet (and its metagraph CSV), search and the live fragment.
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, store: any IndexStore) {
        router.get("/") { request, _ in
            let query = APIQuery(request)
            let netuid: UInt16? = try query.integer("netuid", in: 0...UInt16.max, default: nil)
            let chart = ChartOptions(parameters: query.parameters)
            return Responses.html(try await HomePage.render(store: store, netuid: netuid, chart: chart, now: Format.now))
        }
        router.get("/fragment/recent") { _, _ in
            Responses.html(try await HomePage.recent(store: store, now: Format.now))
        }
        router.get("/blocks") { request, _ in
            let page = try APIQuery(request).integer("page", in: 1...1_000_000, default: 1) ?? 1
            return Responses.html(try await BlocksPage.render(store: store, page: page, now: Format.now))
        }
        router.get("/block/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            let number = try await blockNumber(id, store: store)
            guard let block = try await store.block(number) else {
                throw NotFound(what: Search.outOfRange(number, last: try await store.lastIndexedBlock()))
            }
            return Responses.html(BlockPage.render(block, status: try await store.status(), now: Format.now))
        }
        router.get("/subnet/:netuid") { request, context in
            let netuid = try subnet(context)
            let query = APIQuery(request)
            let chart = ChartOptions(parameters: query.parameters)
            guard let page = try await SubnetPage.render(store: store, netuid: netuid, sort: query.string("sort"), chart: chart, now: Format.now)
            else { throw NotFound(what: "The index has no subnet \(netuid).") }
            return Responses.html(page)
        }
        router.get("/subnet/:netuid/metagraph.csv") { _, context in
            let netuid = try subnet(context)
            guard let metagraph = try await store.metagraph(netuid) else { throw NotFound(what: "The index has no metagraph of subnet \(netuid).") }
            var response = Responses.text(MetagraphTable.csv(NeuronRow.rows(metagraph)), contentType: "text/csv; charset=utf-8")
            response.headers[.contentDisposition] = "attachment; filename=\"subnet-\(netuid)-metagraph-\(metagraph.block).csv\""
            return response
        }
        router.get("/search") { request, _ in
            let q = (APIQuery(request).string("q") ?? "").trimmingCharacters(in: .whitespaces)
            return Response(status: .seeOther, headers: [.location: try await Search.target(q, store: store)])
        }
        ActivityRoutes.add(to: router, store: store)
    }

    /// The netuid of a `:netuid` path segment, or ``NotFound`` saying it is not one.
    static func subnet(_ context: BasicRequestContext) throws(NotFound) -> UInt16 {
        let text = context.parameters.get("netuid") ?? ""
        guard let netuid = UInt16(text) else { throw NotFound(what: "“\(text)” is not a subnet id (0 to 65535).") }
        return netuid
    }

    /// A block number from a number or a `0x` hash; ``NotFound`` says what is wrong with anything else.
    static func blockNumber(_ id: String, store: any IndexStore) async throws -> UInt64 {
        switch Search.understand(id) {
        case .blockNumber(let number): return number
        case .hash(let hash):
            guard let number = try await store.blockNumber(hash: hash) else {
                throw NotFound(what: "No indexed block has the hash \(hash).")
            }
            return number
        case .malformed(let why): throw NotFound(what: why)
        default: throw NotFound(what: "“\(id)” is neither a block number nor a block hash.")
        }
    }
}

/// The activity pages: extrinsics, events, accounts, hotkeys and neurons.
enum ActivityRoutes {
    static func add(to router: Router<BasicRequestContext>, store: any IndexStore) {
        router.get("/extrinsics") { request, _ in
            let query = APIQuery(request)
            let page = try query.integer("page", in: 1...1_000_000, default: 1) ?? 1
            let signer = try query.address("signer")
            return Responses.html(
                try await ActivityPages.extrinsics(store: store, call: query.nonEmpty("call"), signer: signer, page: page, now: Format.now))
        }
        router.get("/extrinsic/:hash") { _, context in
            let text = context.parameters.get("hash") ?? ""
            guard case .hash(let hash) = Search.understand(text) else {
                throw NotFound(what: "“\(text)” is not an extrinsic hash (0x and 64 hex digits).")
            }
            guard let page = try await ActivityPages.extrinsic(store: store, hash: hash, now: Format.now) else {
                throw NotFound(what: "No indexed extrinsic has the hash \(hash).")
            }
            return Responses.html(page)
        }
        router.get("/events") { request, _ in
            let query = APIQuery(request)
            let page = try query.integer("page", in: 1...1_000_000, default: 1) ?? 1
            let block = try query.integer("block", in: 0...UInt64(Int64.max), default: nil)
            return Responses.html(
                try await ActivityPages.events(store: store, name: query.nonEmpty("name"), block: block, page: page, now: Format.now))
        }
        router.get("/event/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            let parts = id.split(separator: "-")
            guard parts.count == 2, let number = UInt64(parts[0]), let index = UInt32(parts[1]) else {
                throw NotFound(what: "“\(id)” is not an event id; event ids are <block>-<index>, e.g. 12-0.")
            }
            guard let page = try await ActivityPages.event(store: store, block: number, index: index, now: Format.now) else {
                throw NotFound(what: "The index holds no event \(index) in block \(number).")
            }
            return Responses.html(page)
        }
        router.get("/account/:address") { _, context in
            Responses.html(try await AccountPages.account(store: store, address: context.parameters.get("address") ?? "", now: Format.now))
        }
        router.get("/hotkey/:address") { _, context in
            Responses.html(try await AccountPages.hotkey(store: store, address: context.parameters.get("address") ?? "", now: Format.now))
        }
        router.get("/neuron/:netuid/:uid") { _, context in
            let netuid = try PageRoutes.subnet(context)
            let text = context.parameters.get("uid") ?? ""
            guard let uid = Int(text), uid >= 0, uid <= Int(UInt16.max) else { throw NotFound(what: "“\(text)” is not a UID (0 to 65535).") }
            guard let page = try await AccountPages.neuron(store: store, netuid: netuid, uid: uid, now: Format.now) else {
                throw NotFound(what: "Subnet \(netuid) has no UID \(uid) in the latest metagraph the index holds.")
            }
            return Responses.html(page)
        }
    }
}
