/// The page for a path or an item the index does not have.
enum NotFoundPage {
    /// A 404 page saying what was not found.
    static func render(_ what: String, status: IndexStatus, now: UInt64) -> String {
        Layout.page(
            title: "Not found", status: status, now: now,
            body: """
                <h1>Not found</h1><p>\(HTML.escape(what))</p>
                <p><a href="/">Back to the home page</a>, or search for a block number, a block or extrinsic hash (<code>0x</code> and 64 hex digits), an SS58 address, a call (<code>balances.transfer</code>), an event (<code>registration.NeuronRegistered</code>) or a subnet (<code>subnet 1</code>).</p>
                """)
    }
}
