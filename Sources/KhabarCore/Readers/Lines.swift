extension StringProtocol {
    /// The lines of the text, split at each line feed, a carriage return before it dropped; a
    /// final line feed ends the last line rather than starting an empty one.
    ///
    /// Splitting on the `Character` "\n" misses Windows line ends: "\r\n" is a single Character.
    public func lines(omittingEmpty: Bool = false) -> [Substring] {
        var scalars = Substring(self).unicodeScalars
        if scalars.last == "\n" { scalars.removeLast() }
        return scalars.split(separator: "\n", omittingEmptySubsequences: omittingEmpty).compactMap { line in
            let trimmed = line.last == "\r" ? line.dropLast() : line
            return omittingEmpty && trimmed.isEmpty ? nil : Substring(trimmed)
        }
    }
}
