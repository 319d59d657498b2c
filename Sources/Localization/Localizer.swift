import ComplianceCore
import Foundation
import TextEngine

/// One product into one market's listing: the title from the templates within the market's
/// limit, bullets stating its attributes and quantities, a description from the templates with
/// the seller's own text in the market's language, the price in the market's currency and
/// quantities in its units. Pure: no I/O and no rule engine (the caller checks the listing).
public struct Localizer: Sendable {
    public let composer: TitleComposer
    public let bullets: BulletTemplates?
    public let descriptions: DescriptionTemplates?
    public let rates: ExchangeRates?

    public init(composer: TitleComposer, bullets: BulletTemplates? = nil, descriptions: DescriptionTemplates? = nil, rates: ExchangeRates?) {
        self.composer = composer
        self.bullets = bullets
        self.descriptions = descriptions
        self.rates = rates
    }

    /// Whether `locale` is German as written in Switzerland or Liechtenstein (`de-CH`, `de_LI`).
    static func writesSwissGerman(_ locale: String) -> Bool {
        let parts = locale.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return parts.first == "de" && parts.dropFirst().contains { $0 == "CH" || $0 == "LI" }
    }

    /// A field limit of the market, in the unit its marketplace counts.
    public typealias Limit = (maximum: Int, unit: LengthUnit)

    /// Seller text the market's language lacks: left out of the listing, to be translated
    /// (`clearance xliff export`), never published in another language.
    public struct Untranslated: Sendable, Equatable, CustomStringConvertible {
        /// `description` or `features[n]`.
        public let field: String
        /// The language the listing needs.
        public let language: String
        /// The languages the seller gave the text in.
        public let available: [String]

        public var description: String { "\(field) has no \(language) text (given in \(available.joined(separator: ", ")))" }
    }

    /// A listing made for a market, with what could not be localized.
    public struct Localized: Sendable {
        public let listing: Listing
        /// Values the glossaries do not translate into the market's language.
        public let missing: [MissingTranslation]
        /// What else could not be done (a price without a rate), in words.
        public let notes: [String]
        /// Title parts dropped to fit the limit.
        public let dropped: [String]
        /// Seller text left out for want of the market's language.
        public let untranslated: [Untranslated]
    }

    /// The listing of `product` for `market`, its title within `titleLimit` when given.
    /// - Throws: `TitleComposer.Problem` when the market's language has no template.
    /// The seller's own text (`description`, a `.text` feature) in the market's language is used;
    /// one in other languages only is reported as `untranslated`. Glossary feature terms are the
    /// bullets' business. The description is cut to `descriptionLimit` at a word boundary.
    ///
    /// `locale` (one of the market's) makes the listing in that locale rather than the market's
    /// first; its id then ends in the locale's language (`TS-001-BE-fr`).
    public func localize(_ product: Product, for market: Market, locale chosen: String? = nil, titleLimit: Limit? = nil,
                         descriptionLimit: Limit? = nil) throws -> Localized {
        var id = "\(product.sku)-\(market.id)"
        var market = market
        if let chosen, chosen != market.locales[0] {
            id += "-" + String(chosen.prefix { $0 != "-" && $0 != "_" })
            market = market.preferring(chosen)
        }
        let locale = market.locales[0]
        let title = try composer.title(of: product, locale: locale, limit: titleLimit, sizeSystem: market.sizeSystem, units: market.unitSystem)
        var attributes = product.attributes
        var notes: [String] = []
        if let price = product.price, market.currency != nil {
            do {
                attributes["price"] = try Price.stated(price, in: market, rates: rates)
            } catch let problem as ExchangeRates.Problem {
                notes.append("price not converted: \(problem.message)")
            }
        }
        for (name, quantity) in product.quantities {
            attributes[name] = try Measures.display(quantity, in: market)
        }
        let language = ListingLanguages.language(forLocale: locale)
        let own = language.flatMap { product.texts[$0] } ?? [:]
        var missing = title.missing
        var untranslated: [Untranslated] = []
        func needs(_ field: String, given: [String]) {
            guard let language, !given.isEmpty else { return }
            untranslated.append(Untranslated(field: field, language: language, available: given.sorted()))
        }
        var lines: [String] = []
        if let bullets {
            let made = try composer.bullets(of: product, market: market, templates: bullets)
            lines = made.lines
            missing += made.missing.filter { gap in !missing.contains(gap) }
        }
        for (index, feature) in product.features.enumerated() {
            guard case let .text(texts) = feature else { continue }
            if let language, let text = texts[language] { lines.append(text) } else { needs("features[\(index)]", given: Array(texts.keys)) }
        }
        if own["description"] == nil {
            needs("description", given: product.texts.filter { $0.value["description"] != nil }.map(\.key))
        }
        var paragraphs: [String] = []
        if let descriptions {
            let made = try composer.description(of: product, market: market, templates: descriptions)
            if !made.text.isEmpty { paragraphs.append(made.text) }
            missing += made.missing.filter { gap in !missing.contains(gap) }
        }
        if let text = own["description"] { paragraphs.append(text) }
        var description = paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
        if let text = description, let limit = descriptionLimit {
            let protected = [product.brand, product.attributes["model"]].compactMap { $0 }
            description = try LengthFit.fit(text, maximum: limit.maximum, unit: limit.unit, locale: locale, protected: protected).text
        }
        var titleText = title.text
        if Self.writesSwissGerman(locale) {
            // Swiss Standard German has no ß: "Grösse", "Weiss". The seller's brand is left alone.
            func swiss(_ text: String) -> String {
                product.brand?.contains("ß") == true ? text : text.replacingOccurrences(of: "ß", with: "ss")
            }
            titleText = swiss(titleText)
            if let limit = titleLimit {
                let protected = [product.brand, product.attributes["model"]].compactMap { $0 }
                titleText = try LengthFit.fit(titleText, maximum: limit.maximum, unit: limit.unit, locale: locale, protected: protected).text
            }
            lines = lines.map(swiss)
            description = description.map(swiss)
        }
        let listing = Listing(id: id, market: market.id, locale: locale, title: titleText, bullets: lines,
                              description: description, category: product.category, brand: product.brand,
                              attributes: attributes)
        return Localized(listing: listing, missing: missing, notes: notes, dropped: title.dropped, untranslated: untranslated)
    }
}
