/// The scratch buffers of one forward pass over up to `batch` tokens, and the key-value cache.
///
/// `@unchecked Sendable`: owned by one `Transformer`, whose passes run one at a time; the kernels only
/// write disjoint rows of these buffers from their threads.
final class Workspace: @unchecked Sendable {
    let batch: Int
    let residual: UnsafeMutablePointer<Float>
    let normed: UnsafeMutablePointer<Float>
    let query: UnsafeMutablePointer<Float>
    let key: UnsafeMutablePointer<Float>
    let value: UnsafeMutablePointer<Float>
    let attention: UnsafeMutablePointer<Float>
    let projected: UnsafeMutablePointer<Float>
    let gate: UnsafeMutablePointer<Float>
    let up: UnsafeMutablePointer<Float>
    let logits: UnsafeMutablePointer<Float>
    let embeddingInput: QuantizedActivations
    let feedForwardInput: QuantizedActivations
    /// Positions the key cache holds per head: the capacity rounded up to a multiple of eight.
    let keyPositions: Int
    /// Keys of every layer and key-value head, `keyPositions × headSize` floats per head, in blocks of
    /// eight positions (see `AttentionKernel.keyOffset`).
    let keyCache: UnsafeMutablePointer<Float>
    /// Values of every layer: `layers × capacity × keyValueWidth` floats, position after position.
    let valueCache: UnsafeMutablePointer<Float>
    private var allocations: [UnsafeMutablePointer<Float>] = []

    init(configuration c: TransformerConfiguration, batch: Int, capacity: Int) {
        self.batch = batch
        var owned: [UnsafeMutablePointer<Float>] = []
        func buffer(_ count: Int) -> UnsafeMutablePointer<Float> {
            let pointer = UnsafeMutablePointer<Float>.allocate(capacity: count)
            pointer.initialize(repeating: 0, count: count)
            owned.append(pointer)
            return pointer
        }
        residual = buffer(batch * c.embedding)
        normed = buffer(batch * c.embedding)
        query = buffer(batch * c.embedding)
        key = buffer(batch * c.keyValueWidth)
        value = buffer(batch * c.keyValueWidth)
        attention = buffer(batch * c.embedding)
        projected = buffer(batch * c.embedding)
        gate = buffer(batch * c.feedForward)
        up = buffer(batch * c.feedForward)
        logits = buffer(batch * c.vocabulary)
        keyPositions = (capacity + 7) / 8 * 8
        keyCache = buffer(c.layers * keyPositions * c.keyValueWidth)
        valueCache = buffer(c.layers * capacity * c.keyValueWidth)
        allocations = owned
        embeddingInput = QuantizedActivations(columns: c.embedding, capacity: batch)
        feedForwardInput = QuantizedActivations(columns: c.feedForward, capacity: batch)
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }
}
