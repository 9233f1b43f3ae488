import Foundation

/// An event's JSON fields as a definition list, with addresses linked to their account pages.
enum EventFields {
    /// The fields of `json`; anything that is not a JSON object is shown as code.
    static func render(_ json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) as? [String: Any],
            !object.isEmpty
        else { return "<pre><code>\(HTML.escape(json))</code></pre>" }
        return "<dl>" + object.keys.sorted().map { key in
            "<dt>\(HTML.escape(key))</dt><dd>\(value(object[key] ?? NSNull()))</dd>"
        }.joined() + "</dl>"
    }

    /// One value: an address as a link, a scalar as text, anything else as compact JSON.
    static func value(_ value: Any) -> String {
        if let text = value as? String {
            return SS58Shape.isAddress(text) ? Format.accountLink(text, path: "account") : "<code>\(HTML.escape(text))</code>"
        }
        if let number = value as? NSNumber { return HTML.escape(number.stringValue) }
        if value is NSNull { return "null" }
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])) ?? Data()
        return "<code>\(HTML.escape(String(decoding: data, as: UTF8.self)))</code>"
    }
}
