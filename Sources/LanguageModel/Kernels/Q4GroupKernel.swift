/// The `q4_1` matrix kernel: eight weight rows (one group of ``QuantizedMatrix``) times one or four
/// quantized tokens, the rows in the SIMD lanes.
///
/// Per chunk of eight columns, four shift-and-mask steps turn 32 bytes of nibbles into four vectors of
/// sixteen 16-bit weights (eight rows × two adjacent columns); each is multiplied (`vpmullw`) by the
/// token's matching column pair broadcast to all lanes (`vpbroadcastd` of two 16-bit activations) and
/// summed in 16 bits: a block's 16 products per lane stay below 15 · 127 · 16 = 30480. At the end of
/// each block the two lanes of a row are added in 32 bits, converted to float and scaled by the row's
/// block scale times the token's block scale; the `q4_1` minimum adds `minimum · scale · Σ quants`.
///
/// Only same-width SIMD operations and bit casts are used, so the code compiles to single AVX2
/// instructions with `-target-cpu haswell` (and to SSE pairs without it). The float operations of one
/// token are the same whether it is computed alone or in a tile of four, so batched prefill and
/// one-token decoding give identical results. For batches, a group's weights are unpacked once into
/// a scratch buffer (about 24 KiB for 1536 columns, in L1) that every four-token tile reads.
enum Q4GroupKernel {
    typealias Weights = (SIMD16<Int16>, SIMD16<Int16>, SIMD16<Int16>, SIMD16<Int16>)

    /// The four weight vectors of one 32-byte chunk: nibble `k` of every 16-bit word.
    @inline(__always)
    static func unpack(_ chunk: UnsafeRawPointer) -> Weights {
        let words = chunk.loadUnaligned(as: SIMD16<UInt16>.self)
        let mask = SIMD16<UInt16>(repeating: 0x0F)
        return (
            unsafeBitCast(words & mask, to: SIMD16<Int16>.self),
            unsafeBitCast((words &>> 4) & mask, to: SIMD16<Int16>.self),
            unsafeBitCast((words &>> 8) & mask, to: SIMD16<Int16>.self),
            unsafeBitCast(words &>> 12, to: SIMD16<Int16>.self)
        )
    }

    /// The 16-bit activations of columns `c` and `c + 1` (at byte `offset`) repeated over all lanes.
    @inline(__always)
    static func pair(_ x: UnsafeRawPointer, _ offset: Int) -> SIMD16<Int16> {
        let bits = x.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        return unsafeBitCast(SIMD8<UInt32>(repeating: bits), to: SIMD16<Int16>.self)
    }

    /// Products of one chunk with the token whose activations start at `x`, chunk columns at `offset`.
    @inline(__always)
    static func products(_ w: Weights, _ x: UnsafeRawPointer, _ offset: Int) -> SIMD16<Int16> {
        (w.0 &* pair(x, offset) &+ w.1 &* pair(x, offset + 4))
            &+ (w.2 &* pair(x, offset + 8) &+ w.3 &* pair(x, offset + 12))
    }

    /// Adds one block's integer sums, scaled, and its minimum term to the eight row accumulators.
    @inline(__always)
    static func accumulate(
        _ sums: SIMD16<Int16>, into accumulator: inout SIMD8<Float>, scales: SIMD8<Float>,
        minimums: SIMD8<Float>, tokenScale: Float, tokenSum: Float
    ) {
        let lanes = unsafeBitCast(sums, to: SIMD8<Int32>.self)
        let rowSums = ((lanes &<< 16) &>> 16) &+ (lanes &>> 16)
        accumulator.addProduct(SIMD8<Float>(rowSums), scales * tokenScale)
        accumulator.addProduct(minimums, SIMD8(repeating: tokenSum))
    }

    /// Bytes of scratch ``unpack(_:group:into:)`` fills for one group of `matrix`.
    static func scratchBytes(_ matrix: QuantizedMatrix) -> Int { matrix.blocksPerRow * 512 }

    /// Unpacks the weights of one row group into `scratch` (four 16-bit vectors per chunk), so that
    /// the four-token tiles of a batch read them instead of unpacking them again.
    @inline(__always)
    static func unpack(_ matrix: QuantizedMatrix, group: Int, into scratch: UnsafeMutableRawPointer) {
        let chunks = 4 * matrix.blocksPerRow
        let source = UnsafeRawPointer(matrix.quants + group * chunks * 32)
        for chunk in 0..<chunks {
            let w = unpack(source + chunk * 32)
            let target = scratch + chunk * 128
            target.storeBytes(of: w.0, as: SIMD16<Int16>.self)
            target.storeBytes(of: w.1, toByteOffset: 32, as: SIMD16<Int16>.self)
            target.storeBytes(of: w.2, toByteOffset: 64, as: SIMD16<Int16>.self)
            target.storeBytes(of: w.3, toByteOffset: 96, as: SIMD16<Int16>.self)
        }
    }

    /// Rows `8 * group ..< 8 * group + 8` of `matrix`, unpacked in `weights` by
    /// ``unpack(_:group:into:)``, times tokens `token ..< token + 4` of `input`.
    @inline(__always)
    static func tile4(
        _ matrix: QuantizedMatrix, group: Int, unpacked weights: UnsafeRawPointer, _ input: QuantizedActivations,
        token: Int, into output: UnsafeMutablePointer<Float>
    ) {
        let blocks = matrix.blocksPerRow
        let rowBytes = 2 * input.columns
        let x0 = UnsafeRawPointer(input.wide + token * input.columns)
        let x1 = x0 + rowBytes, x2 = x1 + rowBytes, x3 = x2 + rowBytes
        var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
        for block in 0..<blocks {
            var s0 = SIMD16<Int16>(), s1 = SIMD16<Int16>(), s2 = SIMD16<Int16>(), s3 = SIMD16<Int16>()
            for chunk in 0..<4 {
                let at = weights + (block * 4 + chunk) * 128
                let w = (
                    at.load(as: SIMD16<Int16>.self), at.load(fromByteOffset: 32, as: SIMD16<Int16>.self),
                    at.load(fromByteOffset: 64, as: SIMD16<Int16>.self),
                    at.load(fromByteOffset: 96, as: SIMD16<Int16>.self)
                )
                let offset = (block * 32 + chunk * 8) * 2
                s0 &+= products(w, x0, offset)
                s1 &+= products(w, x1, offset)
                s2 &+= products(w, x2, offset)
                s3 &+= products(w, x3, offset)
            }
            let index = group * blocks + block
            let scales = UnsafeRawPointer(matrix.scales + index * 8).loadUnaligned(as: SIMD8<Float>.self)
            let minimums = UnsafeRawPointer(matrix.minimums + index * 8).loadUnaligned(as: SIMD8<Float>.self)
            let t = token * blocks + block
            accumulate(s0, into: &a0, scales: scales, minimums: minimums, tokenScale: input.scales[t],
                tokenSum: input.sums[t])
            accumulate(s1, into: &a1, scales: scales, minimums: minimums, tokenScale: input.scales[t + blocks],
                tokenSum: input.sums[t + blocks])
            accumulate(s2, into: &a2, scales: scales, minimums: minimums,
                tokenScale: input.scales[t + 2 * blocks], tokenSum: input.sums[t + 2 * blocks])
            accumulate(s3, into: &a3, scales: scales, minimums: minimums,
                tokenScale: input.scales[t + 3 * blocks], tokenSum: input.sums[t + 3 * blocks])
        }
        let rows = matrix.rows
        store(a0, rows: rows, group: group, into: output + token * rows)
        store(a1, rows: rows, group: group, into: output + (token + 1) * rows)
        store(a2, rows: rows, group: group, into: output + (token + 2) * rows)
        store(a3, rows: rows, group: group, into: output + (token + 3) * rows)
    }

    /// Rows `8 * group ..< 8 * group + 8` of `matrix` times token `token` of `input`.
    @inline(__always)
    static func tile1(
        _ matrix: QuantizedMatrix, group: Int, _ input: QuantizedActivations, token: Int,
        into output: UnsafeMutablePointer<Float>
    ) {
        let blocks = matrix.blocksPerRow
        let x = UnsafeRawPointer(input.wide + token * input.columns)
        var accumulator = SIMD8<Float>()
        for block in 0..<blocks {
            let index = group * blocks + block
            let weights = UnsafeRawPointer(matrix.quants + index * 128)
            var sums = SIMD16<Int16>()
            for chunk in 0..<4 {
                sums &+= products(unpack(weights + chunk * 32), x, (block * 32 + chunk * 8) * 2)
            }
            let scales = UnsafeRawPointer(matrix.scales + index * 8).loadUnaligned(as: SIMD8<Float>.self)
            let minimums = UnsafeRawPointer(matrix.minimums + index * 8).loadUnaligned(as: SIMD8<Float>.self)
            let t = token * blocks + block
            accumulate(sums, into: &accumulator, scales: scales, minimums: minimums,
                tokenScale: input.scales[t], tokenSum: input.sums[t])
        }
        store(accumulator, rows: matrix.rows, group: group, into: output + token * matrix.rows)
    }

    /// Writes a group's eight results to a token's output row, dropping padding rows.
    @inline(__always)
    static func store(_ values: SIMD8<Float>, rows: Int, group: Int, into row: UnsafeMutablePointer<Float>) {
        let first = group * 8
        if first + 8 <= rows {
            UnsafeMutableRawPointer(row + first).storeBytes(of: values, as: SIMD8<Float>.self)
        } else {
            for lane in 0..<(rows - first) { row[first + lane] = values[lane] }
        }
    }
}
