/// GPT-2's pre-tokenizer pattern, matched by hand (see ``PreTokenizer``).
enum GPT2Split {
    /// Appends to `ranges` the words of `scalars[bounds]`; the end of `bounds` acts as the end of text.
    static func split(_ scalars: [Unicode.Scalar], in bounds: Range<Int>, into ranges: inout [Range<Int>]) {
        let end = bounds.upperBound
        func kind(_ index: Int) -> ScalarClass? { index < end ? ScalarClass(scalars[index]) : nil }
        var position = bounds.lowerBound
        while position < end {
            let start = position
            position = nextEnd(scalars, from: start, end: end, kind: kind)
            ranges.append(start..<position)
        }
    }

    private static func nextEnd(
        _ scalars: [Unicode.Scalar], from start: Int, end: Int, kind: (Int) -> ScalarClass?
    ) -> Int {
        let first = scalars[start]
        if first == "'", start + 1 < end {
            let second = scalars[start + 1]
            if "stmd".unicodeScalars.contains(second) { return start + 2 }
            if start + 2 < end {
                let pair = String(String.UnicodeScalarView([second, scalars[start + 2]]))
                if pair == "re" || pair == "ve" || pair == "ll" { return start + 3 }
            }
        }
        let body = first == " " ? start + 1 : start
        if let bodyKind = kind(body), bodyKind != .whitespace {
            var position = body + 1
            while kind(position) == bodyKind { position += 1 }
            return position
        }
        var position = start
        while kind(position) == .whitespace { position += 1 }
        let run = position - start
        if run > 1 && position < end { return position - 1 }
        return max(position, start + 1)
    }
}
