/// ChainAPI: the JSON-RPC wire types and method names shared by the node and its clients.
public enum ChainAPI {}
