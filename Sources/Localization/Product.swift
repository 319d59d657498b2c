import Foundation
import TextEngine

/// A product as a seller gives it, the input of localization (DESIGN section 3): what it is,
/// typed attributes, quantities with units, a price, and optional texts per language.
public struct Product: Sendable, Equatable {
    public let sku: String
    public let brand: String?
    /// The category path (`apparel/t-shirts`); its first segment is the template family.
    public let category: String
    /// The product type, a key of the product-type glossary (`t-shirt`).
    public let type: String?
    /// Attribute values by name (`color: black`), as given; glossaries translate them.
    public let attributes: [String: String]
    /// Measured quantities by name (`capacity: 750 ml`).
    public let quantities: [String: Quantity]
    /// Items in one pack (1 when not given).
    public let count: Int
    public let price: Price?
    /// Texts the seller wrote, by language (`en` -> `title`/`description`/`bullets`).
    public let texts: [String: [String: String]]
    /// The product's features, in order: glossary terms (`"waterproof"`) and free text in the
    /// languages the seller wrote it in (`{"en": "Soft organic cotton"}`).
    public let features: [Feature]
    /// The size system the `size` attribute is given in (`EU`, `US`, `UK`, `JP`, `CN`, `KR`), when the
    /// product says (`"size": {"system": "EU", "value": "42"}`); nil for a size such as `M`.
    public let sizeSystem: String?

    public init(sku: String, brand: String? = nil, category: String, type: String? = nil, attributes: [String: String] = [:],
                quantities: [String: Quantity] = [:], count: Int = 1, price: Price? = nil, texts: [String: [String: String]] = [:],
                features: [Feature] = [], sizeSystem: String? = nil) {
        self.sku = sku
        self.brand = brand
        self.category = category
        self.type = type
        self.attributes = attributes
        self.quantities = quantities
        self.count = count
        self.price = price
        self.texts = texts
        self.features = features
        self.sizeSystem = sizeSystem
    }

    /// The template family: the category's first segment (`apparel`).
    public var family: String { String(category.split(separator: "/").first ?? "") }
}

/// A feature of a product: a key of the features glossary, which every listing language has, or
/// the seller's own text by language, which needs translating (XLIFF) where a language lacks it.
public enum Feature: Sendable, Equatable {
    case term(String)
    case text([String: String])
}

/// Quantities as sellers write them: "750 ml", "12 in", "1.5 kg", "16 fl oz", "-20 °C".
public enum QuantityText {
    static let units: [String: MeasureUnit] = [
        "mm": .millimeter, "cm": .centimeter, "m": .meter, "km": .kilometer, "in": .inch, "inch": .inch, "inches": .inch,
        "ft": .foot, "yd": .yard, "mi": .mile, "mg": .milligram, "g": .gram, "kg": .kilogram, "oz": .ounce, "lb": .pound,
        "lbs": .pound, "ml": .milliliter, "l": .liter, "fl oz": .fluidOunce, "floz": .fluidOunce, "gal": .gallon,
        "cm3": .cubicCentimeter, "cm³": .cubicCentimeter, "°c": .celsius, "c": .celsius, "°f": .fahrenheit, "f": .fahrenheit,
    ]

    /// The quantity in `text`, or nil when it is not a number followed by a known unit.
    public static func parse(_ text: String) -> Quantity? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let end = trimmed.firstIndex(where: { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == "-")) }) else { return nil }
        let number = String(trimmed[..<end])
        let unitText = trimmed[end...].trimmingCharacters(in: .whitespaces).lowercased()
        guard !number.isEmpty, number.filter({ $0 == "." }).count <= 1, number.dropFirst().allSatisfy({ $0 != "-" }),
              let value = Double(number), let unit = units[unitText] else { return nil }
        return Quantity(value, unit)
    }
}
