import ComplianceCore
import TextEngine

/// Quantities as a listing in a market states them: converted to the market's units with exact
/// factors (`UnitSystem.preferredUnit`), rounded to the digits the unit is written with, and
/// formatted by system ICU in the market's locale. US listings keep the metric value in
/// parentheses ("11.8 in (30 cm)"), as buyers comparing with metric specifications expect.
public enum Measures {
    /// The digits a unit is written with in a listing: whole grams and millilitres, one decimal
    /// for inches, ounces and centimetres, up to two for kilograms, litres and pounds.
    static func precision(for unit: MeasureUnit) -> NumberPrecision {
        switch unit {
        case .gram, .milligram, .milliliter, .cubicCentimeter, .millimeter, .celsius, .fahrenheit: .integer
        case .inch, .ounce, .fluidOunce, .centimeter, .foot, .yard: .fractionDigits(min: 0, max: 1)
        case .kilogram, .liter, .pound, .meter, .gallon, .kilometer, .mile: .fractionDigits(min: 0, max: 2)
        }
    }

    /// `quantity` in `system` for `locale`: "11.8 in (30 cm)" in en-US, "30 cm" in de-DE,
    /// "1,5 kg" in fr-FR.
    /// - Parameter withMetric: for US customary units, add the metric value in parentheses.
    public static func display(_ quantity: Quantity, system: UnitSystem, locale: String, withMetric: Bool = true) throws -> String {
        let local = system.localized(quantity)
        let text = try ICUNumberFormat.unit(local.unit, locale: locale, precision: precision(for: local.unit)).format(local.value)
        guard system == .us, withMetric, local.unit != quantity.unit || !isMetric(quantity.unit) else { return text }
        // The metric value, from the quantity as given when it was metric (no double rounding).
        let metric = isMetric(quantity.unit) ? UnitSystem.metric.localized(quantity) : UnitSystem.metric.localized(local)
        let metricText = try ICUNumberFormat.unit(metric.unit, locale: locale, precision: precision(for: metric.unit)).format(metric.value)
        return "\(text) (\(metricText))"
    }

    /// `quantity` as a listing in `market` states it (`display(_:system:locale:)` with the
    /// market's unit system, metric when it has none, and its first locale).
    public static func display(_ quantity: Quantity, in market: Market) throws -> String {
        try display(quantity, system: market.unitSystem ?? .metric, locale: market.locales[0])
    }

    static func isMetric(_ unit: MeasureUnit) -> Bool {
        switch unit {
        case .millimeter, .centimeter, .meter, .kilometer, .milligram, .gram, .kilogram, .milliliter, .liter, .cubicCentimeter, .celsius: true
        case .inch, .foot, .yard, .mile, .ounce, .pound, .fluidOunce, .gallon, .fahrenheit: false
        }
    }
}
