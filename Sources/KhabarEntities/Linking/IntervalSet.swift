import KhabarCore

/// Disjoint spans, kept sorted, answering "does this span overlap any of them?" in logarithmic
/// time, so that resolving thousands of overlapping candidates stays fast.
struct IntervalSet {
    private var spans: [Span] = []

    /// Whether `span` shares a scalar with a span of the set.
    func overlaps(_ span: Span) -> Bool {
        let index = firstIndex { $0.end > span.start }
        return index < spans.count && spans[index].start < span.end
    }

    /// Adds a span that overlaps none of the set's.
    mutating func insert(_ span: Span) {
        spans.insert(span, at: firstIndex { $0.start >= span.start })
    }

    /// The first index whose span satisfies `isAfter`, which must hold for a suffix of the spans.
    private func firstIndex(where isAfter: (Span) -> Bool) -> Int {
        var (low, high) = (0, spans.count)
        while low < high {
            let middle = (low + high) / 2
            if isAfter(spans[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
