extension TextCorpus {
    /// Splits the corpus by whole documents into a training part and a held-out part.
    ///
    /// Document `i` is held out when the first draw of `SeededGenerator(seed: seed ^ i)` falls below
    /// `heldOutFraction`, so the split depends only on the seed and each document's position, never on
    /// the other documents. No document is in both parts. Yuma's committed `Corpora/train` and
    /// `Corpora/heldout` folders are already split this way by source (see `Corpora/README.md`).
    public func split(heldOutFraction: Double, seed: UInt64 = 0) -> (train: TextCorpus, heldOut: TextCorpus) {
        var train: [String] = []
        var heldOut: [String] = []
        for (index, document) in documents.enumerated() {
            var generator = SeededGenerator(seed: seed ^ UInt64(index))
            if generator.unitInterval() < heldOutFraction {
                heldOut.append(document)
            } else {
                train.append(document)
            }
        }
        return (TextCorpus(documents: train), TextCorpus(documents: heldOut))
    }
}
