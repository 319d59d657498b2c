import ComplianceCore
import TextEngine

/// Listing descriptions from templates, per listing language and category family
/// (`locales/templates/descriptions.yaml`): sentences over the product's values, in ICU
/// MessageFormat with plural and select, followed by the seller's own text in the language.
public struct DescriptionTemplates: Sendable {
    /// One sentence: the first alternative whose values the product all has is used; a part with
    /// no such alternative is left out.
    public struct Part: Sendable, Equatable {
        public struct Alternative: Sendable, Equatable {
            public let pattern: String
            /// The values the pattern uses.
            public let arguments: [String]

            public init(pattern: String, arguments: [String]) {
                self.pattern = pattern
                self.arguments = arguments
            }
        }

        public let alternatives: [Alternative]

        public init(alternatives: [Alternative]) {
            self.alternatives = alternatives
        }
    }

    /// A language's sentences: those of the product's family, then the common ones.
    public struct Template: Sendable, Equatable {
        public let separator: String
        public let families: [String: [Part]]
        public let common: [Part]

        public init(separator: String, families: [String: [Part]], common: [Part]) {
            self.separator = separator
            self.families = families
            self.common = common
        }
    }

    /// The values a description pattern may use. `count` (items per pack, given when more than
    /// one), `pieces` and `age` are numbers, for plural; the others are text. `size` comes with
    /// `size_system` and `size_unit`, as for titles and bullets.
    public static let values = [
        "brand", "type", "type_lower", "model", "material", "material_lower", "color", "color_lower", "size", "size_system", "size_unit",
        "count", "pieces", "age", "origin", "capacity", "weight", "length",
    ]
    public static let numbers: Set<String> = ["count", "pieces", "age"]

    /// The category families the sentences are written for.
    public let families: TemplateFamilies
    public let templates: [String: Template]

    public init(families: TemplateFamilies, templates: [String: Template]) {
        self.families = families
        self.templates = templates
    }
}

extension TitleComposer {
    /// A description made from the templates.
    public struct Description: Sendable, Equatable {
        public let text: String
        /// Values left out because the language's glossary lacks them.
        public let missing: [MissingTranslation]
    }

    /// The templated description of `product` for `market`: its family's sentences and the
    /// common ones, each with the product's values in the market's language and units.
    /// - Throws: `Problem.noLanguage` when the market's language has no template.
    public func description(of product: Product, market: Market, templates: DescriptionTemplates) throws -> Description {
        let locale = market.locales[0]
        guard let language = ListingLanguages.language(forLocale: locale), let template = templates.templates[language] else {
            throw Problem.noLanguage(locale)
        }
        let named = try namedValues(of: product, locale: locale, language: language, sizeSystem: market.sizeSystem,
                                    attributes: ["type", "material", "color"])
        var values = named.values.mapValues(MessageArgument.string)
        for key in ["type", "material", "color"] {
            guard let value = named.values[key] else { continue }
            values[key + "_lower"] = .string(Self.lowercased(value, language: language))
        }
        // English glossaries write types in title case ("Water Bottle"); a sentence starts
        // "Water bottle from Acme".
        if language == "en", let type = named.values["type"] { values["type"] = .string(type.prefix(1) + type.dropFirst().lowercased()) }
        if product.count > 1 { values["count"] = .int(Int64(product.count)) }
        for (key, attribute) in [("pieces", "pieces"), ("age", "age_min_years")] {
            if let given = product.attributes[attribute], let number = Int64(given), number > 0 || (key == "age" && number == 0) {
                values[key] = .int(number)
            }
        }
        if let origin = product.attributes["origin"], let name = try? RegionNames.name(of: origin, locale: locale) {
            values["origin"] = .string(name)
        }
        for key in ["capacity", "weight", "length"] {
            if let quantity = product.quantities[key] { values[key] = .string(try Measures.display(quantity, in: market)) }
        }
        var sentences: [String] = []
        for part in (template.families[templates.families.family(of: product)] ?? []) + template.common {
            guard let chosen = part.alternatives.first(where: { $0.arguments.allSatisfy { values[$0] != nil } }) else { continue }
            let arguments = values.filter { chosen.arguments.contains($0.key) }
            sentences.append(try ICUMessageFormat.cached(locale: locale, pattern: chosen.pattern).format(arguments))
        }
        return Description(text: sentences.filter { !$0.isEmpty }.joined(separator: template.separator), missing: named.missing)
    }

    /// A glossary value as it reads inside a sentence: lower case in languages that write common
    /// nouns and adjectives so ("made of cotton", "en coton"); German keeps its capitals, and
    /// scripts without case are unchanged.
    static func lowercased(_ text: String, language: String) -> String {
        language == "de" ? text : text.lowercased()
    }
}
