import Testing

@testable import Neuron

@Suite("Nonce window")
struct NonceWindowTests {
    let now = 1_700_000_000_000_000_000
    let modern = ProtocolVersion.current

    @Test("out-of-order fresh nonces are all accepted, once each")
    func outOfOrder() {
        var window = NonceWindow()
        let nonces = [now - 5, now - 9, now - 1, now - 7, now - 3]
        for nonce in nonces {
            #expect(window.commit(endpoint: "k:u", nonce: nonce, version: modern, timeout: 12, now: now) == nil)
        }
        for nonce in nonces {
            #expect(window.check(endpoint: "k:u", nonce: nonce, version: modern, timeout: 12, now: now) == .replayed)
        }
    }

    @Test("a nonce older than 4 s + timeout is refused with Python's message")
    func stale() {
        let window = NonceWindow()
        let verdict = window.check(endpoint: "k:u", nonce: now - 20_000_000_000, version: modern, timeout: 12, now: now)
        #expect(verdict == .tooOld(allowedSeconds: 16, ageSeconds: 20))
        #expect(
            NonceWindow.Rejection.tooOld(allowedSeconds: 16, ageSeconds: 20).description
                == "Nonce is too old: acceptable delta is 16.00 seconds but request was 20.00 seconds old")
    }

    @Test("a huge timeout widens the window only up to maxTimeout")
    func cappedTimeout() {
        let window = NonceWindow(maxTimeout: 10)
        let verdict = window.check(endpoint: "k:u", nonce: now - 20_000_000_000, version: modern, timeout: 1e9, now: now)
        #expect(verdict == .tooOld(allowedSeconds: 14, ageSeconds: 20))
    }

    @Test("a missing nonce is refused")
    func missing() {
        #expect(NonceWindow().check(endpoint: "k:u", nonce: nil, version: modern, timeout: 12, now: now) == .missing)
        #expect(NonceWindow.Rejection.missing.description == "Missing Nonce")
    }

    @Test("past capacity the oldest are forgotten and refused, never accepted again")
    func bounded() {
        var window = NonceWindow(capacity: 4)
        for offset in 1...10 {
            _ = window.commit(endpoint: "k:u", nonce: now - 100 + offset, version: modern, timeout: 12, now: now)
        }
        #expect(window.endpoints["k:u"]?.seen.count == 4)
        for offset in 1...10 {
            #expect(window.check(endpoint: "k:u", nonce: now - 100 + offset, version: modern, timeout: 12, now: now) == .replayed)
        }
        #expect(window.check(endpoint: "k:u", nonce: now - 50, version: modern, timeout: 12, now: now) == nil)
    }

    @Test("endpoints are independent")
    func endpoints() {
        var window = NonceWindow()
        _ = window.commit(endpoint: "a:1", nonce: now, version: modern, timeout: 12, now: now)
        #expect(window.check(endpoint: "a:2", nonce: now, version: modern, timeout: 12, now: now) == nil)
    }

    @Test("pre-7.2 dendrites keep the strictly increasing rule")
    func legacy() {
        var window = NonceWindow()
        #expect(window.commit(endpoint: "k:u", nonce: 100, version: 722, timeout: 12, now: now) == nil)
        #expect(window.check(endpoint: "k:u", nonce: 99, version: 722, timeout: 12, now: now) == .replayed)
        #expect(window.check(endpoint: "k:u", nonce: 101, version: 722, timeout: 12, now: now) == nil)
    }

    @Test("two decimals as Python's :.2f", arguments: [(16.0, "16.00"), (0.005, "0.01"), (3.14159, "3.14"), (0.0, "0.00")])
    func twoDecimals(value: Double, text: String) {
        #expect(NonceWindow.Rejection.twoDecimals(value) == text)
    }
}
