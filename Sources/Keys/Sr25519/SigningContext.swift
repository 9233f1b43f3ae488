/// A schnorrkel signing context: a Merlin transcript labelled `SigningContext` that has absorbed the
/// application's context string (Substrate uses `substrate`).
struct SigningContext: Sendable {
    /// The context Substrate signs every message in.
    static let substrate = SigningContext(context: Array("substrate".utf8))

    /// The transcript after absorbing the context.
    private let transcript: Transcript

    /// Creates a context for the given context bytes.
    init(context: [UInt8]) {
        var transcript = Transcript(label: "SigningContext")
        transcript.appendMessage(label: "", context)
        self.transcript = transcript
    }

    /// Returns a fresh transcript for signing `message` in this context (`sign-bytes`).
    func transcript(for message: [UInt8]) -> Transcript {
        var copy = transcript
        copy.appendMessage(label: "sign-bytes", message)
        return copy
    }
}
