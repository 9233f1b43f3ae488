import Hummingbird

/// `/api/subnets`, `/api/subnets/<n>/metagraph` and `/api/subnets/<n>/registrations`.
enum SubnetAPI {
    static func add(to router: Router<BasicRequestContext>, store: any IndexStore) {
        router.get("/api/subnets") { request, _ in
            let (limit, page) = try APIQuery(request).paging()
            let sample = try await store.sample(atOrBefore: nil)
            let subnets = sample?.subnets ?? []
            let items = subnets.dropFirst((page - 1) * limit).prefix(limit).map { SubnetItem($0, block: sample?.block ?? 0) }
            return try Responses.json(APIPage(pagination: .init(currentPage: page, perPage: limit, totalItems: subnets.count), data: Array(items)))
        }
        router.get("/api/subnets/:netuid/metagraph") { request, context in
            let netuid = try netuid(context)
            let query = APIQuery(request)
            let (limit, page) = try query.paging()
            guard let metagraph = try await store.metagraph(netuid) else {
                throw APIError(status: 404, message: "the index has no metagraph of subnet \(netuid); see /api/subnets")
            }
            var rows = NeuronRow.rows(metagraph)
            if let order = query.string("order") {
                switch MetagraphColumn.sort(rows, by: order) {
                case .success(let sorted): rows = sorted
                case .failure(let error): throw APIError.badRequest(error.message.replacingOccurrences(of: "sort must", with: "order must"))
                }
            }
            let items = rows.dropFirst((page - 1) * limit).prefix(limit).map(NeuronItem.init)
            return try Responses.json(APIPage(pagination: .init(currentPage: page, perPage: limit, totalItems: rows.count), data: Array(items)))
        }
        router.get("/api/subnets/:netuid/registrations") { request, context in
            let netuid = try netuid(context)
            let (limit, page) = try APIQuery(request).paging()
            let total = try await store.registrationCount(netuid: netuid)
            let items = try await store.registrations(netuid: netuid, limit: limit, offset: (page - 1) * limit).map(RegistrationItem.init)
            return try Responses.json(APIPage(pagination: .init(currentPage: page, perPage: limit, totalItems: total), data: items))
        }
    }

    /// The `:netuid` path segment, refused with a message when it is not a subnet id.
    static func netuid(_ context: BasicRequestContext) throws(APIError) -> UInt16 {
        let text = context.parameters.get("netuid") ?? ""
        guard let netuid = UInt16(text) else { throw .badRequest("netuid must be an integer from 0 to 65535, got '\(text)'") }
        return netuid
    }
}

/// A registration in `/api/subnets/<n>/registrations`.
struct RegistrationItem: Encodable, Sendable {
    var blockNumber: UInt64
    var timestamp: String
    var eventId: String
    var netuid: UInt16
    var uid: UInt16
    var hotkey: String
    var signer: String?

    init(_ r: NeuronRegistration) {
        (blockNumber, timestamp, eventId) = (r.blockNumber, Format.date(r.timestamp), "\(r.blockNumber)-\(r.eventIndex)")
        (netuid, uid, hotkey, signer) = (r.netuid, r.uid, r.hotkey, r.signer)
    }
}
