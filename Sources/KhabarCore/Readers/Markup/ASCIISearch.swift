extension Substring.UTF8View {
    /// The first occurrence of the ASCII `pattern` at or after `start`, optionally ignoring
    /// ASCII case. It walks the bytes once with no copy, unlike Foundation's `range(of:)` on a
    /// substring, which copies the rest of the text on every call.
    func firstRange(ofASCII pattern: String, from start: Index, caseInsensitive: Bool = false) -> Range<Index>? {
        let needle = Array(pattern.utf8).map { caseInsensitive ? Self.lowercased($0) : $0 }
        guard let first = needle.first else { return start..<start }
        var candidate = start
        while candidate < endIndex {
            let byte = caseInsensitive ? Self.lowercased(self[candidate]) : self[candidate]
            if byte == first {
                var cursor = index(after: candidate)
                var matched = 1
                while matched < needle.count, cursor < endIndex,
                      (caseInsensitive ? Self.lowercased(self[cursor]) : self[cursor]) == needle[matched] {
                    matched += 1
                    cursor = index(after: cursor)
                }
                if matched == needle.count { return candidate..<cursor }
            }
            candidate = index(after: candidate)
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
