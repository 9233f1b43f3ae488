import FixedPoint

extension EpochMath {
    /// ``weightedMedianColumns(stake:scores:columns:majority:)`` for proportion scores, on 32-bit keys
    /// (see ``ProportionTile``) selected bit by bit (see ``BitwiseSelect``); nil when the inputs are
    /// outside its range: a score that cannot be keyed, or a majority that leaves the minority outside
    /// `0..<Σstake` (the answer is then every column's smallest or largest score).
    static func proportionMedianColumns<Scores: ScoreRows>(
        stake: [I32F32], scores: Scores, columns: Int, majority: I32F32
    ) -> [I32F32]? where Scores.Reader.Row: ProportionRow {
        let voters = stake.indices.filter { stake[$0] > .zero }
        guard !voters.isEmpty else { return [I32F32](repeating: .zero, count: columns) }
        let useStake = normalize(voters.map { stake[$0] }).map(\.raw)
        let stakeSum = useStake.map(I32F32.init(raw:)).saturatingSum().raw
        let minority = I32F32(raw: stakeSum).saturatingSub(majority).raw
        guard minority >= 0, minority < stakeSum, stakeSum <= 1 << 32 else { return nil }
        let stakes = useStake.map { UInt32(truncatingIfNeeded: $0) }
        let target = UInt32(truncatingIfNeeded: minority)

        let slots = voters.count
        let width = proportionBlockWidth(voters: slots, columns: columns)
        let tile = ProportionTile(voters: slots, groups: width / 8)
        defer { tile.deallocate() }
        var cursor = voters.map { scores.entries(ofRow: $0).lowerBound }
        let rowEnd = voters.map { scores.entries(ofRow: $0).upperBound }
        var keyable = true
        var startBit = 32
        var median = [I32F32](repeating: .zero, count: columns)
        scores.withReader { reader in
            stakes.withUnsafeBufferPointer { stakes in
                median.withUnsafeMutableBufferPointer { median in
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        guard let stakes = stakes.baseAddress else { return }
                        var blockStart = 0
                        while blockStart < columns {
                            let blockEnd = min(columns, blockStart &+ width)
                            let used = blockEnd &- blockStart
                            // Gather the block; the block's entries of the voter `touchAhead` rows
                            // on are prefetched, every line of them: a row's stretch of a block is
                            // too short for the processor's own prefetcher to run ahead of it.
                            for v in 0..<slots {
                                let ahead = v &+ proportionTouchAhead
                                if ahead < slots, cursor[ahead] < rowEnd[ahead] {
                                    reader.row(voters[ahead]).prefetch(
                                        cursor[ahead], count: min(used, rowEnd[ahead] &- cursor[ahead]))
                                }
                                let row = reader.row(voters[v])
                                let tileRow = tile.row(v)
                                if !row.fillsBlock(
                                    from: cursor[v], to: rowEnd[v], blockStart: blockStart, blockEnd: blockEnd
                                ) {
                                    tileRow.clear(width: used)
                                }
                                cursor[v] = row.gatherKeys(
                                    from: cursor[v], to: rowEnd[v], blockStart: blockStart,
                                    blockEnd: blockEnd, into: tileRow, keyable: &keyable)
                            }
                            guard keyable else { return }
                            var g = 0
                            while g &* 8 < used {
                                let values = BitwiseSelect.medians(
                                    tile.group(g), voters: slots, stakes: stakes, target: target,
                                    scratch: tile.scratch, scratchStakes: tile.scratchStakes,
                                    guess: &startBit)
                                for lane in 0..<min(8, used &- g &* 8) {
                                    median[blockStart &+ g &* 8 &+ lane] = I32F32(
                                        raw: ProportionTile.score(values[lane]))
                                }
                                g &+= 1
                            }
                            blockStart = blockEnd
                        }
                    }
                }
            }
        }
        return keyable ? median : nil
    }

    /// Columns per block: a tile of about 64 KiB, at least 256 columns (512 from 2048 voters on), a
    /// multiple of 8. The rows of a dense subnet are read a block at a time: with 64 columns (a 1 MiB
    /// tile) the gather of n = 4096 took 28 ms, with 256 (4 MiB) 20 ms, and the whole median took
    /// about 1.5 ms less with 512 (8 MiB) than with 256, though 512 slowed 64 voters by a tenth.
    static func proportionBlockWidth(voters: Int, columns: Int) -> Int {
        let wanted = max(voters >= 2048 ? 512 : 256, (1 << 14) / max(1, voters))
        return min(wanted, (columns + 7) / 8 * 8) / 8 * 8
    }

    /// How many voters ahead the gather prefetches a row's next entries.
    private static let proportionTouchAhead = 16
}
