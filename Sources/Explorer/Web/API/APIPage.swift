/// The JSON API's envelope: `{"pagination": {…}, "data": […]}`.
struct APIPage<Item: Encodable & Sendable>: Encodable, Sendable {
    /// Where this page sits.
    var pagination: APIPagination
    /// The items.
    var data: [Item]
}

/// Page figures in the Taostats style.
struct APIPagination: Encodable, Sendable {
    /// This page, from 1.
    var currentPage: Int
    /// Items per page.
    var perPage: Int
    /// Items over all pages.
    var totalItems: Int

    /// Pages over all items.
    var totalPages: Int { max(1, (totalItems + perPage - 1) / perPage) }

    private enum Keys: String, CodingKey {
        case currentPage = "current_page", perPage = "per_page", totalItems = "total_items"
        case totalPages = "total_pages", nextPage = "next_page", prevPage = "prev_page"
    }

    /// Encodes every field, with `null` for a missing next or previous page.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(currentPage, forKey: .currentPage)
        try container.encode(perPage, forKey: .perPage)
        try container.encode(totalItems, forKey: .totalItems)
        try container.encode(totalPages, forKey: .totalPages)
        try container.encode(currentPage < totalPages ? currentPage + 1 : nil, forKey: .nextPage)
        try container.encode(currentPage > 1 ? currentPage - 1 : nil, forKey: .prevPage)
    }
}

/// A refused API request: the HTTP status and a message saying what to change.
struct APIError: Error, Sendable {
    /// HTTP status code.
    var status: Int
    /// What went wrong and what to send instead.
    var message: String

    /// A 400 with `message`.
    static func badRequest(_ message: String) -> APIError { APIError(status: 400, message: message) }
}

/// The JSON body of an error: `{"status": 400, "message": "…"}`.
struct APIErrorBody: Encodable, Sendable {
    /// HTTP status code.
    var status: Int
    /// What went wrong.
    var message: String
}
