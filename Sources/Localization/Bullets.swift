import ComplianceCore
import TextEngine

/// Listing bullets, one "label: value" line per attribute and quantity a product has, then one
/// line per feature term (`locales/templates/bullets.yaml`).
public struct BulletTemplates: Sendable {
    /// The attributes and quantities bullets state, in order.
    public static let keys = ["material", "color", "pattern", "fit", "size", "pieces", "capacity", "weight", "length"]
    /// The labels a language gives: one per key, and `contents`, the capacity's label for
    /// products whose capacity is what the pack holds (beauty and food: "Contents: 50 ml", not
    /// "Capacity").
    public static let labelKeys = keys + ["contents"]
    static let contentsFamilies: Set<String> = ["beauty", "food"]

    public struct Template: Sendable, Equatable {
        /// An ICU MessageFormat pattern over `{label}` and `{value}`.
        public let format: String
        /// The size's value, an ICU MessageFormat pattern over `{size}`, `{size_system}` and
        /// `{size_unit}` (as for titles): "US 9", "27.0 cm", "M".
        public let size: String
        /// Key -> label in the language.
        public let labels: [String: String]

        public init(format: String, size: String, labels: [String: String]) {
            self.format = format
            self.size = size
            self.labels = labels
        }
    }

    public let templates: [String: Template]

    public init(templates: [String: Template]) {
        self.templates = templates
    }
}

extension TitleComposer {
    /// The bullets of `product` for `market`, with the values a glossary lacks and the sizes that
    /// cannot be stated in the market's size system (both left out). Feature terms come last,
    /// one line each, from the features glossary; features given as text are not bullets here.
    public func bullets(of product: Product, market: Market, templates: BulletTemplates) throws -> (lines: [String], missing: [MissingTranslation]) {
        let locale = market.locales[0]
        guard let language = ListingLanguages.language(forLocale: locale), let template = templates.templates[language] else {
            throw Problem.noLanguage(locale)
        }
        var lines: [String] = []
        var missing: [MissingTranslation] = []
        let format = try ICUMessageFormat.cached(locale: locale, pattern: template.format)
        let family = self.templates.families.family(of: product)
        for key in BulletTemplates.keys {
            let labelKey = key == "capacity" && BulletTemplates.contentsFamilies.contains(family) ? "contents" : key
            guard let label = template.labels[labelKey] else { continue }
            var value: String?
            switch key {
            case "material", "color", "pattern", "fit":
                guard let given = product.attributes[key] else { continue }
                switch translate(key, given, locale: locale, language: language) {
                case let .success(text): value = text
                case let .failure(gap): missing.append(gap)
                }
            case "size":
                switch try sizeValues(of: product, locale: locale, language: language, system: market.sizeSystem) {
                case let .success(sized):
                    let pattern = try ICUMessageFormat.cached(locale: locale, pattern: template.size)
                    value = try pattern.format(sized.mapValues { .string($0) })
                case let .failure(gap): missing.append(gap)
                case nil: break
                }
            case "pieces":
                if let text = product.attributes["pieces"], let pieces = Int64(text), pieces > 0 {
                    value = try phrases.render("piece_count", locale: locale, ["count": .int(pieces)])
                }
            default:
                if let quantity = product.quantities[key] { value = try Measures.display(quantity, in: market) }
            }
            guard let value else { continue }
            // A fit names itself ("Regular fit", "Coupe standard"): a label would repeat it.
            lines.append(key == "fit" ? value : try format.format(["label": .string(label), "value": .string(value)]))
        }
        for feature in product.features {
            guard case let .term(term) = feature else { continue }
            switch translate("feature", term, locale: locale, language: language) {
            case let .success(text): lines.append(text)
            case let .failure(gap): missing.append(gap)
            }
        }
        return (lines, missing)
    }
}
