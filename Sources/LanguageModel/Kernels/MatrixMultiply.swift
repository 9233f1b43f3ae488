/// `output[token][row] = Σ matrix[row][c] · input[token][c]` for the `input.count` quantized tokens,
/// with the rows split over `threads` when the product is large enough. The output holds `input.count` rows of `matrix.rows` floats.
func multiply(
    _ matrix: QuantizedMatrix, _ input: QuantizedActivations, into output: UnsafeMutablePointer<Float>,
    threads: Int
) {
    precondition(
        matrix.columns == input.columns, "matrix has \(matrix.columns) columns, input \(input.columns)")
    let out = OutputPointer(base: output)
    // A product under about a million multiply-adds (a layer matrix times one decoded token) takes
    // less time than waking a second thread costs.
    let threads = matrix.rows * matrix.columns * input.count >= 1 << 20 ? threads : 1
    switch matrix.format {
    case .q4_1: multiplyGroups(matrix, input, into: out, threads: threads)
    case .q8_0: multiplyRows(matrix, input, into: out, threads: threads)
    }
}

/// The `q4_1` product: row groups split over threads; each group's weights are unpacked once and
/// stay in L1 while the tokens pass four at a time.
private func multiplyGroups(
    _ matrix: QuantizedMatrix, _ input: QuantizedActivations, into out: OutputPointer, threads: Int
) {
    let tokens = input.count
    let groups = matrix.paddedRows / QuantizedMatrix.groupRows
    parallelRanges(count: groups, threads: threads, granularity: 1) { range in
        guard tokens >= 4 else {
            for group in range {
                for token in 0..<tokens {
                    Q4GroupKernel.tile1(matrix, group: group, input, token: token, into: out.base)
                }
            }
            return
        }
        withUnsafeTemporaryAllocation(byteCount: Q4GroupKernel.scratchBytes(matrix), alignment: 64) { scratch in
            guard let weights = scratch.baseAddress else { return }
            for group in range {
                Q4GroupKernel.unpack(matrix, group: group, into: weights)
                var token = 0
                while token + 4 <= tokens {
                    Q4GroupKernel.tile4(
                        matrix, group: group, unpacked: UnsafeRawPointer(weights), input, token: token, into: out.base)
                    token += 4
                }
                while token < tokens {
                    Q4GroupKernel.tile1(matrix, group: group, input, token: token, into: out.base)
                    token += 1
                }
            }
        }
    }
}

/// The `q8_0` product: rows split over threads, four tokens per pass over a weight row.
private func multiplyRows(
    _ matrix: QuantizedMatrix, _ input: QuantizedActivations, into out: OutputPointer, threads: Int
) {
    let tokens = input.count
    let rows = matrix.rows
    parallelRanges(count: rows, threads: threads) { range in
        var token = 0
        while token + 4 <= tokens {
            for row in range {
                let values = DotProducts.dot4(matrix, row: row, input, token: token)
                out.base[token * rows + row] = values[0]
                out.base[(token + 1) * rows + row] = values[1]
                out.base[(token + 2) * rows + row] = values[2]
                out.base[(token + 3) * rows + row] = values[3]
            }
            token += 4
        }
        while token < tokens {
            for row in range {
                out.base[token * rows + row] = DotProducts.dot(matrix, row: row, input, token: token)
            }
            token += 1
        }
    }
}

/// An output buffer shared by the row ranges of one multiplication; each range writes its own rows.
struct OutputPointer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Float>
}
