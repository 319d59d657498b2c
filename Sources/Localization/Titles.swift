import ComplianceCore
import TextEngine

/// Listing title templates, one per listing language (`locales/templates/titles.yaml`).
public struct TitleTemplates: Sendable {
    /// One part of a title: a pattern over named values, how it joins the part before it, and
    /// whether it may be dropped to fit a limit (lowest `priority` first).
    public struct Part: Sendable, Equatable {
        public let pattern: String
        public let keep: Bool
        public let priority: Int
        /// The text before the part; nil: the template's separator.
        public let join: String?
        /// The values the pattern uses.
        public let arguments: [String]
        /// The category families the part is for; nil: every family.
        public let families: Set<String>?

        public init(pattern: String, keep: Bool, priority: Int, join: String?, arguments: [String], families: Set<String>? = nil) {
            self.pattern = pattern
            self.keep = keep
            self.priority = priority
            self.join = join
            self.arguments = arguments
            self.families = families
        }
    }

    public struct Template: Sendable, Equatable {
        public let separator: String
        public let parts: [Part]

        public init(separator: String, parts: [Part]) {
            self.separator = separator
            self.parts = parts
        }
    }

    /// The values a title part may use. `size` comes with `size_system` (`US`, ..., or `none` for
    /// a letter size or a size word) and `size_unit` (`cm`, `mm`, `word` or `none`), for ICU
    /// `select` to write it as the language does. `quantity` is the net quantity (weight, else
    /// capacity) in the market's units.
    public static let values = ["brand", "type", "model", "material", "color", "pattern", "fit", "size", "size_system", "size_unit", "pieces",
                                "pack", "quantity", "color_lower"]

    public let templates: [String: Template]
    /// The category families parts may be restricted to.
    public let families: TemplateFamilies

    public init(templates: [String: Template], families: TemplateFamilies = TemplateFamilies(familyOf: [:])) {
        self.templates = templates
        self.families = families
    }
}

/// A value of a product that a language's glossary does not translate: reported (as a
/// `localization` finding by the localizer), never written in the source language.
public struct MissingTranslation: Error, Sendable, Equatable, CustomStringConvertible {
    public let attribute: String
    public let value: String
    public let language: String
    /// Why, when it is not a glossary gap: a size that cannot be stated in the market's size
    /// system (`SizeProblem`).
    public var detail: String? = nil

    public var description: String {
        guard let detail else { return "no \(language) for \(attribute) '\(value)'" }
        return "\(attribute) '\(value)' not stated in \(language): \(detail)"
    }
}

/// Builds a product's title for a locale from the templates, the glossaries and the phrases.
public struct TitleComposer: Sendable {
    public let templates: TitleTemplates
    /// Glossaries by the attribute they translate (`type`, `color`, `material`).
    public let glossaries: [String: Glossary]
    public let phrases: Phrases
    /// The clothing and shoe size tables; without them, every size that needs converting is reported.
    public let sizes: SizeTables

    public init(templates: TitleTemplates, glossaries: [Glossary], phrases: Phrases, sizes: SizeTables = SizeTables(tables: [])) {
        self.templates = templates
        self.glossaries = Dictionary(glossaries.map { ($0.attribute, $0) }, uniquingKeysWith: { first, _ in first })
        self.phrases = phrases
        self.sizes = sizes
    }

    /// A composed title.
    public struct Title: Sendable, Equatable {
        public let text: String
        /// Values left out because the language's glossary lacks them.
        public let missing: [MissingTranslation]
        /// Parts dropped to fit the limit, in the order they were dropped.
        public let dropped: [String]
        /// Whether the text was cut at a word boundary after dropping parts.
        public let truncated: Bool
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case noLanguage(String)
        public var description: String {
            switch self {
            case let .noLanguage(locale): "no title template for locale \(locale)"
            }
        }
    }

    /// An attribute value (written in English) in `language`: the glossary's text; in English
    /// the value itself, capitalized as the glossary's words are; else a gap to report.
    func translate(_ attribute: String, _ given: String, locale: String, language: String) -> Result<String, MissingTranslation> {
        if let translated = glossaries[attribute]?.translate(given, locale: locale) { return .success(translated) }
        if language == "en" { return .success(given.prefix(1).uppercased() + given.dropFirst()) }
        return .failure(MissingTranslation(attribute: attribute, value: given, language: language))
    }

    /// The values every template starts from: brand and model as given, the size in the market's
    /// system (`size`, `size_system`, `size_unit`), and `attributes` (`type` or attribute names)
    /// translated through the glossaries; with what a glossary or size table lacks, left out.
    func namedValues(of product: Product, locale: String, language: String, sizeSystem: SizeSystem?,
                     attributes: [String]) throws -> (values: [String: String], missing: [MissingTranslation]) {
        var values: [String: String] = [:]
        var missing: [MissingTranslation] = []
        if let brand = product.brand { values["brand"] = brand }
        if let model = product.attributes["model"] { values["model"] = model }
        switch try sizeValues(of: product, locale: locale, language: language, system: sizeSystem) {
        case let .success(sized): values.merge(sized) { _, new in new }
        case let .failure(gap): missing.append(gap)
        case nil: break
        }
        for attribute in attributes {
            guard let given = attribute == "type" ? product.type : product.attributes[attribute] else { continue }
            switch translate(attribute, given, locale: locale, language: language) {
            case let .success(text): values[attribute] = text
            case let .failure(gap): missing.append(gap)
            }
        }
        return (values, missing)
    }

    /// The title of `product` for `locale`, within `limit` when given, its size stated in
    /// `sizeSystem` and its quantity in `units` (the market's). Parts for other category
    /// families than the product's are left out.
    public func title(of product: Product, locale: String, limit: (maximum: Int, unit: LengthUnit)? = nil,
                      sizeSystem: SizeSystem? = nil, units: UnitSystem? = nil) throws -> Title {
        guard let language = ListingLanguages.language(forLocale: locale), let template = templates.templates[language] else {
            throw Problem.noLanguage(locale)
        }
        var (values, missing) = try namedValues(of: product, locale: locale, language: language, sizeSystem: sizeSystem,
                                                attributes: ["type", "material", "color", "pattern", "fit"])
        if let color = values["color"] { values["color_lower"] = Self.lowercased(color, language: language) }
        if product.count > 1, let pack = try phrases.render("pack_count", locale: locale, ["count": .int(Int64(product.count))]) {
            values["pack"] = pack
        }
        if let text = product.attributes["pieces"], let pieces = Int64(text), pieces > 0,
           let rendered = try phrases.render("piece_count", locale: locale, ["count": .int(pieces)]) {
            values["pieces"] = rendered
        }
        if let net = product.quantities["weight"] ?? product.quantities["capacity"] {
            values["quantity"] = try Measures.display(net, system: units ?? .metric, locale: locale)
        }
        // Numbers and word breaks follow the listing's locale (Latin digits in ar-AE, Arabic-Indic in ar-SA).
        let icuLocale = locale
        let family = templates.families.family(of: product)
        var rendered: [(part: TitleTemplates.Part, text: String)] = []
        for part in template.parts where part.arguments.allSatisfy({ values[$0] != nil }) && part.families.map({ $0.contains(family) }) != false {
            let arguments = values.filter { part.arguments.contains($0.key) }.mapValues { MessageArgument.string($0) }
            rendered.append((part, try ICUMessageFormat.cached(locale: icuLocale, pattern: part.pattern).format(arguments)))
        }
        func join(_ parts: [(part: TitleTemplates.Part, text: String)]) -> String {
            var out = ""
            for (index, item) in parts.enumerated() {
                if index > 0 { out += item.part.join ?? template.separator }
                out += item.text
            }
            return out
        }
        var text = join(rendered)
        var dropped: [String] = []
        var truncated = false
        if let limit {
            // Drop the lowest priority first; among equals, the last one.
            while try limit.unit.count(in: text, locale: icuLocale) > limit.maximum,
                  let index = rendered.indices.filter({ !rendered[$0].part.keep }).min(by: {
                      (rendered[$0].part.priority, -$0) < (rendered[$1].part.priority, -$1)
                  }) {
                dropped.append(rendered[index].part.pattern)
                rendered.remove(at: index)
                text = join(rendered)
            }
            let protected = [values["brand"], values["model"]].compactMap { $0 }
            let fitted = try LengthFit.fit(text, maximum: limit.maximum, unit: limit.unit, locale: icuLocale, protected: protected)
            text = fitted.text
            truncated = fitted.truncated
        }
        return Title(text: text, missing: missing, dropped: dropped, truncated: truncated)
    }
}
