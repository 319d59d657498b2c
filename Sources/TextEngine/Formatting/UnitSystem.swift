/// A market's system of units, which decides the unit a listing attribute is shown in.
public enum UnitSystem: String, Sendable, Codable, CaseIterable {
    /// Metric units (EU, most markets).
    case metric
    /// US customary units (US listings).
    case us
    /// The United Kingdom: goods are sold in metric units (miles and pints stay for roads and
    /// draught beer, which listings do not measure), so listings state quantities as `metric`.
    case uk

    /// The unit a listing in this system states `quantity` in.
    ///
    /// US: lengths in inches, masses in ounces below 1 lb and pounds from 1 lb, volumes in fluid
    /// ounces, temperatures in °F. Metric: lengths in centimeters, masses in grams below 1 kg and
    /// kilograms from 1 kg, volumes in milliliters below 1 l and liters from 1 l, temperatures in °C.
    /// (CLDR's `usage/...` preferences are not used here: they turn 750 ml into cubic inches or pints.)
    public func preferredUnit(for quantity: Quantity) -> MeasureUnit {
        switch (self, quantity.unit.dimension) {
        case (.us, .length): return .inch
        case (.us, .mass): return ((try? quantity.converted(to: .pound).value) ?? 0) >= 1 ? .pound : .ounce
        case (.us, .volume): return .fluidOunce
        case (.us, .temperature): return .fahrenheit
        case (.metric, .length), (.uk, .length): return .centimeter
        case (.metric, .mass), (.uk, .mass): return ((try? quantity.converted(to: .kilogram).value) ?? 0) >= 1 ? .kilogram : .gram
        case (.metric, .volume), (.uk, .volume): return ((try? quantity.converted(to: .liter).value) ?? 0) >= 1 ? .liter : .milliliter
        case (.metric, .temperature), (.uk, .temperature): return .celsius
        }
    }

    /// `quantity` converted to `preferredUnit(for:)`.
    public func localized(_ quantity: Quantity) -> Quantity {
        // Same-dimension conversion cannot fail.
        (try? quantity.converted(to: preferredUnit(for: quantity))) ?? quantity
    }
}
