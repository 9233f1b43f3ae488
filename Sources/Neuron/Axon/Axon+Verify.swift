import Keys

extension Axon {
    /// Python's `default_verify` with Yuma's nonce window: hotkey, nonce, signature over
    /// `nonce.dendrite.axon.uuid.body_hash` with *our* hotkey, then the nonce is remembered and the
    /// route's own check runs. Any failure is `401 Not Verified with error: …`.
    func verify(_ headers: ParsedHeaders, route: AxonRoute, context: SynapseContext) async throws(AxonFailure) {
        func refuse(_ reason: String) -> AxonFailure {
            AxonFailure(status: 401, message: "Not Verified with error: \(reason)")
        }
        let dendrite = headers.dendrite
        guard let caller = dendrite.hotkey else { throw refuse("Missing Hotkey") }
        let verifier: CallerKeys.Verifier
        do {
            verifier = try callerKeys.verifier(of: caller)
        } catch {
            throw refuse("Invalid hotkey '\(caller)': \(error)")
        }
        let endpoint = "\(caller):\(dendrite.uuid ?? "None")"
        let precheck = nonces.withLock {
            $0.check(endpoint: endpoint, nonce: dendrite.nonce, version: dendrite.version, timeout: headers.timeout, now: WallClock.nanoseconds())
        }
        if let rejection = precheck { throw refuse(rejection.description) }
        guard let signature = dendrite.signature, !signature.isEmpty else { throw refuse("Missing Signature") }
        let message = RequestSignature.message(
            nonce: dendrite.nonce ?? 0, dendriteHotkey: caller, axonHotkey: hotkeyAddress,
            uuid: dendrite.uuid ?? "None", bodyHash: headers.computedBodyHash)
        let valid =
            switch verifier {
            case .plain(let publicKey): RequestSignature.verify(signature, message: message, publicKey: publicKey)
            case .prepared(let key): RequestSignature.verify(signature, message: message, key: key)
            }
        guard valid else {
            throw refuse("Signature mismatch with \(message) and \(signature)")
        }
        let committed = nonces.withLock {
            $0.commit(endpoint: endpoint, nonce: dendrite.nonce, version: dendrite.version, timeout: headers.timeout, now: WallClock.nanoseconds())
        }
        if let rejection = committed { throw refuse(rejection.description) }
        if let extra = route.verify {
            do {
                try await extra(context)
            } catch {
                throw refuse("\(error)")
            }
        }
    }
}
