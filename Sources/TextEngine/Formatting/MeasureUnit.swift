/// A unit of measure a listing can state, named by its ICU (CLDR) identifier.
public enum MeasureUnit: String, Sendable, Codable, CaseIterable {
    case millimeter, centimeter, meter, kilometer, inch, foot, yard, mile
    case milligram, gram, kilogram, ounce, pound
    case milliliter, liter
    case fluidOunce = "fluid-ounce"
    case gallon
    case cubicCentimeter = "cubic-centimeter"
    case celsius, fahrenheit

    /// What a unit measures; units convert only within one dimension.
    public enum Dimension: String, Sendable, Codable, CaseIterable {
        case length, mass, volume, temperature
    }

    /// The ICU identifier, e.g. "fluid-ounce".
    public var identifier: String { rawValue }

    /// The dimension the unit measures.
    public var dimension: Dimension {
        switch self {
        case .millimeter, .centimeter, .meter, .kilometer, .inch, .foot, .yard, .mile: return .length
        case .milligram, .gram, .kilogram, .ounce, .pound: return .mass
        case .milliliter, .liter, .fluidOunce, .gallon, .cubicCentimeter: return .volume
        case .celsius, .fahrenheit: return .temperature
        }
    }

    /// The skeleton stem that selects the unit, e.g. "measure-unit/volume-fluid-ounce".
    public var skeletonStem: String { "measure-unit/\(dimension.rawValue)-\(rawValue)" }

    /// The exact size of the unit as `mantissa × 10^exponent` of the dimension's base unit
    /// (meter, gram, liter), by definition: 1 in = 0.0254 m, 1 lb = 453.59237 g,
    /// 1 oz = 1/16 lb, 1 US fl oz = 1/128 US gal = 0.0295735295625 l, 1 US gal = 231 in³.
    /// `nil` for temperatures, whose scales have different zeros.
    var exactFactor: (mantissa: Int64, exponent: Int)? {
        switch self {
        case .millimeter, .milligram, .milliliter, .cubicCentimeter: return (1, -3)
        case .centimeter: return (1, -2)
        case .meter, .gram, .liter: return (1, 0)
        case .kilometer, .kilogram: return (1, 3)
        case .inch: return (254, -4)
        case .foot: return (3048, -4)
        case .yard: return (9144, -4)
        case .mile: return (1_609_344, -3)
        case .ounce: return (28_349_523_125, -9)
        case .pound: return (45_359_237, -5)
        case .fluidOunce: return (295_735_295_625, -13)
        case .gallon: return (3_785_411_784, -9)
        case .celsius, .fahrenheit: return nil
        }
    }
}
