import Hummingbird
import HummingbirdWebSocket
import NIOCore

/// The Hummingbird request context of the RPC server: the standard storage, WebSocket upgrade support,
/// and the connection's channel so that a slow WebSocket client can be cut off.
struct RPCRequestContext: RequestContext, WebSocketRequestContext {
    var coreContext: CoreRequestContextStorage
    let webSocket: WebSocketHandlerReference<Self>
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.webSocket = .init()
        self.channel = source.channel
    }
}
