/// The kind of a rule-based entity.
///
/// These are the entity types whose meaning is a value rather than a referent, so they are
/// found by rules that also compute that value, not by the statistical tagger.
public enum NumericEntityKind: String, Sendable {
    /// A calendar date, period or duration of a day or more.
    case date = "DATE"
    /// A clock time, part of a day, duration under a day, or "now".
    case time = "TIME"
    /// A quantity that is neither money nor a percentage.
    case number = "NUMBER"
    /// An amount of money with its currency.
    case money = "MONEY"
    /// A percentage.
    case percent = "PERCENT"
}

/// One match: a run of whole tokens, its kind and its normalized value.
///
/// Spans cover whole tokens so the caller can map them onto any token model; trimming
/// proclitics off the first token (`لعام` → `عام`) is the caller's business.
public struct NumericEntity: Sendable, Hashable {
    /// Indices into the token array passed to `NumericEntityRecognizer.recognize`.
    public var tokens: Range<Int>
    /// What the tokens express.
    public var kind: NumericEntityKind
    /// The normalized value. DATE and TIME: ISO 8601 / TIMEX3 as far as the text says
    /// (`2015-09`, `XXXX-11`, `2015-09-07`, `T10:30`, `2015-W37`, `XXXX-WXX-1`, `P3D`,
    /// `1936/1939`, `1436-AH`, `PRESENT_REF`). NUMBER, MONEY, PERCENT: a plain decimal
    /// number (`3500000`, `3.5`, `15`).
    public var value: String
    /// MONEY: the ISO 4217 code when the text determines it (`USD`, `SAR`, `SYP`); otherwise nil.
    public var unit: String?

    /// Creates a match; the recognizer is the usual source, tests build expected values.
    public init(tokens: Range<Int>, kind: NumericEntityKind, value: String, unit: String? = nil) {
        self.tokens = tokens
        self.kind = kind
        self.value = value
        self.unit = unit
    }
}
