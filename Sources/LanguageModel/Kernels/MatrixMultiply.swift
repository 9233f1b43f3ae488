/// `output[token][row] = Σ matrix[row][c] · input[token][c]` for the `input.count` quantized tokens,
/// with the rows split over `threads`. The output holds `input.count` rows of `matrix.rows` floats.
func multiply(
    _ matrix: QuantizedMatrix, _ input: QuantizedActivations, into output: UnsafeMutablePointer<Float>,
    threads: Int
) {
    precondition(
        matrix.columns == input.columns, "matrix has \(matrix.columns) columns, input \(input.columns)")
    let tokens = input.count
    let rows = matrix.rows
    let out = OutputPointer(base: output)
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
