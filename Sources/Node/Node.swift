/// Node: block production, transaction pool, storage and the JSON-RPC server around the runtime.
public enum NodeModule {}
