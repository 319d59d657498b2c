import ComplianceCore
import TextEngine

/// Listing bullets, one "label: value" line per attribute and quantity a product has
/// (`locales/templates/bullets.yaml`).
public struct BulletTemplates: Sendable {
    /// The attributes and quantities bullets state, in order.
    public static let keys = ["material", "color", "size", "pieces", "capacity", "weight", "length"]

    public struct Template: Sendable, Equatable {
        /// An ICU MessageFormat pattern over `{label}` and `{value}`.
        public let format: String
        /// Key -> label in the language.
        public let labels: [String: String]

        public init(format: String, labels: [String: String]) {
            self.format = format
            self.labels = labels
        }
    }

    public let templates: [String: Template]

    public init(templates: [String: Template]) {
        self.templates = templates
    }
}

extension TitleComposer {
    /// The bullets of `product` for `market`, with the values a glossary lacks (left out).
    public func bullets(of product: Product, market: Market, templates: BulletTemplates) throws -> (lines: [String], missing: [MissingTranslation]) {
        let locale = market.locales[0]
        guard let language = ListingLanguages.language(forLocale: locale), let template = templates.templates[language] else {
            throw Problem.noLanguage(locale)
        }
        var lines: [String] = []
        var missing: [MissingTranslation] = []
        let format = try ICUMessageFormat.cached(locale: ListingLanguages.icuLocale(language), pattern: template.format)
        for key in BulletTemplates.keys {
            guard let label = template.labels[key] else { continue }
            var value: String?
            switch key {
            case "material", "color":
                guard let given = product.attributes[key] else { continue }
                switch translate(key, given, locale: locale, language: language) {
                case let .success(text): value = text
                case let .failure(gap): missing.append(gap)
                }
            case "size":
                value = product.attributes["size"]
            case "pieces":
                if let text = product.attributes["pieces"], let pieces = Int64(text), pieces > 0 {
                    value = try phrases.render("piece_count", locale: locale, ["count": .int(pieces)])
                }
            default:
                if let quantity = product.quantities[key] { value = try Measures.display(quantity, in: market) }
            }
            if let value { lines.append(try format.format(["label": .string(label), "value": .string(value)])) }
        }
        return (lines, missing)
    }
}
