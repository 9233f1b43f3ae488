/// ChainClient: a typed client of a Yuma node's JSON-RPC API over HTTP and WebSocket.
public enum ChainClientModule {}
