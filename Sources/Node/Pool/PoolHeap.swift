/// A binary max-heap of pool entries by block rank (highest tip first, then earliest arrival).
struct PoolHeap {
    private var items: [PoolEntry] = []

    var count: Int { items.count }

    mutating func push(_ entry: PoolEntry) {
        items.append(entry)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].ranksBefore(items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> PoolEntry? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let top = items[0]
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < items.count, items[left].ranksBefore(items[best]) { best = left }
            if right < items.count, items[right].ranksBefore(items[best]) { best = right }
            guard best != parent else { return top }
            items.swapAt(parent, best)
            parent = best
        }
    }
}
