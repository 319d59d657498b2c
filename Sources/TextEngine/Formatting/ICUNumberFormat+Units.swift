/// How unit names are written: "5 cm" (short), "5cm" (narrow), "5 centimeters" (full name).
public enum UnitWidth: String, Sendable, Codable, CaseIterable {
    case short, narrow, fullName

    var skeletonStem: String {
        switch self {
        case .short: return "unit-width-short"
        case .narrow: return "unit-width-narrow"
        case .fullName: return "unit-width-full-name"
        }
    }
}

extension ICUNumberFormat {
    /// A formatter for amounts in `unit`, e.g. "30 cm", "30cm", "30 centimeters".
    public static func unit(_ unit: MeasureUnit, width: UnitWidth = .short, locale: String,
                            precision: NumberPrecision = .automatic) throws -> ICUNumberFormat {
        try cached(locale: locale, skeleton: join(unit.skeletonStem, width.skeletonStem, precision.skeletonStem()))
    }

    /// A formatter that converts amounts in `unit` to the unit CLDR prefers for `usage` in the
    /// locale's region (`usage/default`, `usage/person-height`, `usage/fluid`, ...); read the unit it
    /// chose from `formatted(_:).unitIdentifier`. In en-US, 30 cm with `usage/default` is "12 in".
    public static func unit(_ unit: MeasureUnit, usage: String, width: UnitWidth = .short, locale: String,
                            precision: NumberPrecision = .automatic) throws -> ICUNumberFormat {
        try cached(locale: locale,
                   skeleton: join(unit.skeletonStem, "usage/\(usage)", width.skeletonStem, precision.skeletonStem()))
    }

    /// Formats `quantity` in its own unit, e.g. "30 cm".
    /// - Throws: `TextEngineError.icu` for ICU failures.
    public static func format(_ quantity: Quantity, width: UnitWidth = .short, locale: String,
                              precision: NumberPrecision = .automatic) throws -> String {
        try unit(quantity.unit, width: width, locale: locale, precision: precision).format(quantity.value)
    }
}
