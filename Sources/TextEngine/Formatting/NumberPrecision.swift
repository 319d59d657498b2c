/// How many digits a number keeps, as an ICU skeleton precision stem.
public enum NumberPrecision: Sendable, Equatable, Hashable {
    /// ICU's default for the style (up to 6 fraction digits for decimals, the currency's digits).
    case automatic
    /// No fraction digits (rounding half-even).
    case integer
    /// Between `min` and `max` fraction digits, e.g. `.fractionDigits(min: 0, max: 2)` -> `.##`.
    case fractionDigits(min: Int, max: Int)
    /// Between `min` and `max` significant digits, e.g. `.significantDigits(min: 1, max: 3)` -> `@##`.
    case significantDigits(min: Int, max: Int)

    /// The skeleton stem, or "" for `.automatic`.
    /// - Throws: `TextEngineError.invalidArgument` when the digit counts are out of ICU's range.
    public func skeletonStem() throws -> String {
        switch self {
        case .automatic:
            return ""
        case .integer:
            return "precision-integer"
        case let .fractionDigits(min, max):
            try Self.checkRange(min, max, lowest: 0, "fraction")
            return max == 0 ? "precision-integer" : "." + String(repeating: "0", count: min) + String(repeating: "#", count: max - min)
        case let .significantDigits(min, max):
            try Self.checkRange(min, max, lowest: 1, "significant")
            return String(repeating: "@", count: min) + String(repeating: "#", count: max - min)
        }
    }

    private static func checkRange(_ min: Int, _ max: Int, lowest: Int, _ kind: String) throws {
        guard lowest <= min, min <= max, max <= 999 else {
            throw TextEngineError.invalidArgument("invalid \(kind) digit range \(min)...\(max)")
        }
    }
}
