/// An array that remembers which positions were written since the last ``takeTouched()``.
///
/// The neuron tables keep their per-uid columns in this type: an epoch that rewrites every uid's
/// terms marks every position, a `set_weights` marks one row, and the state commitment re-hashes
/// only what was marked. Positions are kept in a bitmap, so marking costs one OR.
public struct TrackedColumn<Element: Sendable>: Sendable {
    /// The elements.
    public private(set) var elements: [Element]
    /// One bit per position written since the last ``takeTouched()``.
    private var dirty: [UInt64]
    /// Parts of elements edited in place since the last ``takeTouchedParts()``.
    private var partMarks: Set<PartMark> = []

    /// An empty column.
    public init() {
        elements = []
        dirty = []
    }

    /// A column holding `elements`, every position marked.
    public init(_ elements: [Element]) {
        self.elements = elements
        dirty = Array(repeating: .max, count: (elements.count + 63) / 64)
    }

    /// Appends `element`, marking its position.
    public mutating func append(_ element: Element) {
        elements.append(element)
        mark(elements.count - 1)
    }

    /// Replaces every element, marking every position.
    public mutating func replaceAll(with newElements: [Element]) {
        elements = newElements
        dirty = Array(repeating: .max, count: (newElements.count + 63) / 64)
    }

    /// Marks `position` as written.
    @inline(__always)
    mutating func mark(_ position: Int) {
        let word = position >> 6
        if word >= dirty.count { dirty.append(contentsOf: repeatElement(0, count: word - dirty.count + 1)) }
        dirty[word] |= 1 << UInt64(position & 63)
    }

    /// Edits part `part` of the element at `position` in place, marking only that part (for
    /// elements stored in chunks, such as long weight rows: zeroing one entry re-commits one chunk).
    public mutating func update<R>(_ position: Int, part: Int, _ body: (inout Element) -> R) -> R {
        partMarks.insert(PartMark(position: position, part: part))
        return body(&elements[position])
    }

    /// The parts edited in place since the last call, and forgets them.
    public mutating func takeTouchedParts() -> Set<PartMark> {
        defer { partMarks = [] }
        return partMarks
    }

    /// Marks every position as written.
    public mutating func touchAll() {
        dirty = Array(repeating: .max, count: (elements.count + 63) / 64)
    }

    /// The positions written since the last call, ascending, and forgets them.
    public mutating func takeTouched() -> [Int] {
        var positions: [Int] = []
        for word in dirty.indices where dirty[word] != 0 {
            var remaining = dirty[word]
            dirty[word] = 0
            while remaining != 0 {
                let bit = remaining.trailingZeroBitCount
                let position = word << 6 | bit
                if position < elements.count { positions.append(position) }
                remaining &= remaining &- 1
            }
        }
        return positions
    }
}

/// A part of one element of a ``TrackedColumn`` edited in place.
public struct PartMark: Hashable, Sendable {
    /// The element's position.
    public var position: Int
    /// The part of the element.
    public var part: Int
}

extension TrackedColumn: RandomAccessCollection, MutableCollection {
    /// The first position.
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { elements.count }

    /// The element at `position`; writing marks it.
    public subscript(position: Int) -> Element {
        get { elements[position] }
        _modify {
            mark(position)
            yield &elements[position]
        }
        set {
            mark(position)
            elements[position] = newValue
        }
    }
}

extension TrackedColumn where Element: Equatable {
    /// Replaces the elements with `newElements`, marking only the positions whose element changed
    /// (and every position past the old end).
    public mutating func assign(_ newElements: [Element]) {
        for position in newElements.indices
        where position >= elements.count || elements[position] != newElements[position] {
            mark(position)
        }
        elements = newElements
    }
}

extension TrackedColumn: ExpressibleByArrayLiteral {
    /// A column from a literal, every position marked.
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension TrackedColumn: Equatable where Element: Equatable {
    /// Columns are equal when their elements are; what was touched does not matter.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.elements == rhs.elements }
}
