/// An amount in a unit, e.g. 30 centimeters.
public struct Quantity: Sendable, Equatable, Hashable, Codable {
    /// The amount.
    public var value: Double
    /// The unit the amount is in.
    public var unit: MeasureUnit

    /// Creates a quantity.
    public init(_ value: Double, _ unit: MeasureUnit) {
        self.value = value
        self.unit = unit
    }

    /// The same quantity in `target`, converted with exact factors: the ratio between the units
    /// is reduced as a fraction of integers, so the result has at most two roundings
    /// (12 in is exactly 30.48 cm; 1 US gal is exactly 128 US fl oz).
    /// - Throws: `TextEngineError.invalidArgument` when the units measure different dimensions.
    public func converted(to target: MeasureUnit) throws -> Quantity {
        guard unit.dimension == target.dimension else {
            throw TextEngineError.invalidArgument(
                "cannot convert \(unit.identifier) (\(unit.dimension.rawValue)) to \(target.identifier) (\(target.dimension.rawValue))")
        }
        if unit == target { return self }
        guard let from = unit.exactFactor, let to = target.exactFactor else {
            return Quantity(unit == .celsius ? value * 9 / 5 + 32 : (value - 32) * 5 / 9, target)
        }
        // value × (from.m × 10^from.e) / (to.m × 10^to.e), as one fraction of integers.
        let shift = from.exponent - to.exponent
        let (numerator, denominator) = Self.reduced(from.mantissa * Self.power10(max(shift, 0)),
                                                    to.mantissa * Self.power10(max(-shift, 0)))
        return Quantity(value * Double(numerator) / Double(denominator), target)
    }

    private static func power10(_ exponent: Int) -> Int64 {
        (0..<exponent).reduce(Int64(1)) { product, _ in product * 10 }
    }

    private static func reduced(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return (a / x, b / x)
    }
}
