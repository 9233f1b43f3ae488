/// What a dendrite call returns: the synapse (the axon's filled-in copy on success, the request
/// otherwise) and both terminals, with the outcome in `dendrite.statusCode`/`statusMessage`.
public struct SynapseResponse<S: Synapse>: Sendable {
    /// The axon's answer on success; the synapse as sent otherwise.
    public var synapse: S
    /// The caller's side; its status mirrors the axon's, or a local failure (408, 503, 422…).
    public var dendrite: TerminalInfo
    /// The axon's side as it reported it.
    public var axon: TerminalInfo

    /// The outcome's status code (200 on success).
    public var statusCode: Int { dendrite.statusCode ?? 0 }
    /// The outcome's message (`Success`, or why not).
    public var statusMessage: String { dendrite.statusMessage ?? "" }
    /// Whether the call succeeded (`statusCode == 200`).
    public var isSuccess: Bool { statusCode == 200 }
    /// Seconds from sending to the end of the answer.
    public var processTime: Double? { dendrite.processTime }
}
