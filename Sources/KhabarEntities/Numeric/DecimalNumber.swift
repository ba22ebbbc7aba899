/// An exact base-10 number: `significand × 10^exponent`.
///
/// Amounts such as `3.5 مليون` must normalize to `3500000`, not to a binary floating-point
/// approximation, so values are kept as integer digits and a decimal exponent. Arithmetic
/// reports overflow by returning `nil` instead of trapping, because the input is untrusted text
/// and a 30-digit token must not crash the analyzer.
struct DecimalNumber: Hashable, Sendable {
    /// The digits of the number as an integer.
    var significand: Int64
    /// The power of ten that scales `significand`.
    var exponent: Int

    /// Creates `significand × 10^exponent`.
    init(_ significand: Int64, exponent: Int = 0) {
        self.significand = significand
        self.exponent = exponent
    }

    /// Whether the value is a whole number, which years, days and hours must be.
    var isInteger: Bool { exponent >= 0 || significand % pow10(-exponent) == 0 }

    /// The value as an `Int` when it is whole and fits, for calendar and clock fields.
    var intValue: Int? {
        guard isInteger else { return nil }
        if exponent >= 0 {
            guard exponent <= 18 else { return nil }
            let (r, o) = significand.multipliedReportingOverflow(by: pow10(exponent))
            return o ? nil : Int(r)
        }
        return Int(significand / pow10(-exponent))
    }

    /// Multiplies by a scale word's power of ten (ألف = 3, مليون = 6), exactly.
    func scaled(byPowerOfTen k: Int) -> DecimalNumber {
        DecimalNumber(significand, exponent: exponent + k).normalized()
    }

    /// Multiplies by a small whole factor, e.g. the `ثلاثة` of `ثلاثة ملايين`.
    func multiplied(by other: DecimalNumber) -> DecimalNumber? {
        let (r, o) = significand.multipliedReportingOverflow(by: other.significand)
        guard !o else { return nil }
        return DecimalNumber(r, exponent: exponent + other.exponent).normalized()
    }

    /// Adds two values by aligning exponents; `nil` when the aligned digits no longer fit.
    func adding(_ other: DecimalNumber) -> DecimalNumber? {
        if significand == 0 { return other }
        if other.significand == 0 { return self }
        let e = min(exponent, other.exponent)
        guard let a = aligned(to: e), let b = other.aligned(to: e) else { return nil }
        let (r, o) = a.addingReportingOverflow(b)
        return o ? nil : DecimalNumber(r, exponent: e).normalized()
    }

    private func aligned(to e: Int) -> Int64? {
        let shift = exponent - e
        guard shift <= 18 else { return nil }
        let (r, o) = significand.multipliedReportingOverflow(by: pow10(shift))
        return o ? nil : r
    }

    /// Strips trailing zeros into the exponent so equal values compare equal.
    func normalized() -> DecimalNumber {
        var s = significand, e = exponent
        if s == 0 { return DecimalNumber(0) }
        while s % 10 == 0 { s /= 10; e += 1 }
        return DecimalNumber(s, exponent: e)
    }

    /// The plain decimal string promised by the entity contract: no exponent, no grouping,
    /// no trailing fractional zeros (`3500000`, `3.5`, `0.25`).
    var plainString: String {
        let n = normalized()
        let negative = n.significand < 0
        let digits = String(n.significand.magnitude)
        var body: String
        if n.exponent >= 0 {
            body = n.significand == 0 ? "0" : digits + String(repeating: "0", count: n.exponent)
        } else {
            let frac = -n.exponent
            if digits.count > frac {
                let cut = digits.index(digits.endIndex, offsetBy: -frac)
                body = String(digits[..<cut]) + "." + String(digits[cut...])
            } else {
                body = "0." + String(repeating: "0", count: frac - digits.count) + digits
            }
        }
        if negative { body = "-" + body }
        return body
    }

    /// Parses ASCII digits with at most one decimal point (`3.5`, `1500`); grouping commas
    /// must already be removed. Returns `nil` for anything else or for more than 18 digits.
    static func parse<S: Sequence>(asciiDigits scalars: S) -> DecimalNumber? where S.Element == Unicode.Scalar {
        var sig: Int64 = 0
        var digitCount = 0
        var fracDigits = 0
        var sawPoint = false
        for s in scalars {
            if s == "." {
                if sawPoint { return nil }
                sawPoint = true
                continue
            }
            guard NumericFolding.isDigit(s) else { return nil }
            if digitCount == 0 && s == "0" && !sawPoint {
                // leading zeros carry no information and must not count against the limit
            } else {
                digitCount += 1
                guard digitCount <= 18 else { return nil }
                sig = sig * 10 + Int64(s.value - 0x30)
            }
            if sawPoint { fracDigits += 1 }
        }
        if sawPoint && fracDigits == 0 { return nil }
        return DecimalNumber(sig, exponent: -fracDigits).normalized()
    }
}

@inline(__always)
private func pow10(_ k: Int) -> Int64 {
    var r: Int64 = 1
    for _ in 0..<max(0, k) { r &*= 10 }
    return r
}
